import { BadUserInputError } from '@maillage/subgraph-kit';
import type { BeneficiaryCriterion } from '../criterion/beneficiary-criterion.entity';
import type { Catalogue } from '../criterion/criterion.loaders';
import { coversDate } from '../criterion/eligibility';
import { addDays, addMonths } from '../shared/month';
import { type SiaeKind } from './placement.enums';

/** Level-2 criteria needed without a level-1 one, per SIAE kind (les emplois de l'inclusion, itou/eligibility). */
export const LEVEL_2_NEEDED: Record<SiaeKind, number> = { AI: 2, ETTI: 2, ACI: 3, EI: 3, EITI: 3 };

/** A PASS IAE (agrément, Code du travail L5132-3) lasts 24 months: its last day, from its first. */
export function passIaeEndDate(startDate: string): string {
  return addDays(`${addMonths(startDate.slice(0, 7), 24)}${startDate.slice(7)}`, -1);
}

export interface PassIae {
  iaeStructureKind: SiaeKind;
  passIaeNumber: string;
  passIaeStartDate: string;
}

/** The PASS IAE of a placement in an SIAE: a 12-digit number, valid (24 months) on the placement's start date. */
export function validatePassIae(input: { iaeStructureKind?: SiaeKind | null; passIaeNumber?: string | null; passIaeStartDate?: string | null }, startDate: string): PassIae | null {
  if (!input.iaeStructureKind) {
    if (input.passIaeNumber || input.passIaeStartDate) throw new BadUserInputError('iaeStructureKind : le PASS IAE ne concerne qu’une mise en emploi dans une SIAE', 'iaeStructureKind');
    return null;
  }
  const number = input.passIaeNumber?.trim() ?? '';
  if (!/^[0-9]{12}$/.test(number)) throw new BadUserInputError('passIaeNumber : le numéro du PASS IAE compte 12 chiffres (exigé dans une SIAE)', 'passIaeNumber');
  if (!input.passIaeStartDate) throw new BadUserInputError('passIaeStartDate : la date de début du PASS IAE est exigée dans une SIAE', 'passIaeStartDate');
  const end = passIaeEndDate(input.passIaeStartDate);
  if (startDate < input.passIaeStartDate || startDate > end) {
    throw new BadUserInputError(`startDate : le PASS IAE n’est pas valide ce jour (du ${input.passIaeStartDate} au ${end}, 24 mois)`, 'startDate');
  }
  return { iaeStructureKind: input.iaeStructureKind, passIaeNumber: number, passIaeStartDate: input.passIaeStartDate };
}

/**
 * IAE eligibility on `on`: one level-1 criterion, or enough level-2 criteria for the SIAE's kind, each a
 * validated criterion whose proof covers the date (distinct criteria, counted once).
 */
export function iaeEligible(criteria: BeneficiaryCriterion[], catalogue: Catalogue, on: string, kind: SiaeKind): boolean {
  const levels = new Map<string, number>();
  for (const criterion of criteria.filter((row) => coversDate(row, on))) {
    const entry = catalogue.get(criterion.criterionId);
    if (entry?.iaeLevel) levels.set(entry.code, entry.iaeLevel);
  }
  const values = [...levels.values()];
  return values.includes(1) || values.filter((level) => level === 2).length >= LEVEL_2_NEEDED[kind];
}
