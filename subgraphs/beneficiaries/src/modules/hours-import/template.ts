import { BadUserInputError, isUuid, type FileRequestContext } from '@maillage/subgraph-kit';
import { assertMayEver, can } from '../../access/access';
import { subjectOfBeneficiary, subjectOfPlacement } from '../../access/subjects';
import type { Context, Loaders } from '../../context';
import { Placement } from '../placement/placement.entity';
import { currentMonth, daysInMonth, isMonth } from '../shared/month';
import { MAX_LINES } from './import.limits';

/** One line of a template: a placement active during the month, that the viewer may declare hours for. */
export interface TemplateLine {
  placementId: string;
  /** « A. D. » when the access table lets the viewer read the person's names, else empty. */
  initials: string;
  job: string;
  month: string;
}

/** What a template is for: one contract, one company (SIRET) or one structure, and a month. */
export interface TemplateScope {
  filter: { contractId: string } | { employerSiret: string } | { employerStructureId: string };
  month: string;
}

/** Reads `?contract=…|company=…|structure=…&month=YYYY-MM`; a BAD_USER_INPUT names the wrong parameter. */
export function scopeOf(query: Record<string, unknown>): TemplateScope {
  const month = typeof query.month === 'string' ? query.month : '';
  if (!isMonth(month)) throw new BadUserInputError('Le paramètre « month » doit être un mois écrit AAAA-MM (ex. 2026-10)', 'month');
  if (month > currentMonth()) throw new BadUserInputError(`Le mois ${month} n’est pas encore commencé`, 'month');
  const given = (['contract', 'company', 'structure'] as const).filter((name) => typeof query[name] === 'string' && query[name] !== '');
  if (given.length !== 1) throw new BadUserInputError('Indiquez exactement un des paramètres « contract », « company » ou « structure »', 'contract');
  const name = given[0]!;
  const value = String(query[name]);
  if (name === 'company') {
    if (!/^\d{14}$/.test(value)) throw new BadUserInputError('Le paramètre « company » doit être un SIRET de 14 chiffres', 'company');
    return { filter: { employerSiret: value }, month };
  }
  if (!isUuid(value)) throw new BadUserInputError(`Le paramètre « ${name} » doit être un identifiant (UUID)`, name);
  return { filter: name === 'contract' ? { contractId: value.toLowerCase() } : { employerStructureId: value.toLowerCase() }, month };
}

const initialOf = (name: string | null | undefined) => (name?.trim() ? `${name.trim()[0]!.toLocaleUpperCase('fr-FR')}.` : '');

/**
 * The template's lines: the placements of the scope active during the month (started by its last day, not
 * ended before its first), that the viewer may declare hours for (access table: `HoursStatement` write).
 * Initials only where the viewer may read the names (`Beneficiary.firstName`/`lastName`), and those reads
 * are audited like any other read of a name. A role that may never declare (buyer, partner, public) is
 * refused before anything is read.
 */
export async function templateLines(ctx: FileRequestContext<Loaders>, scope: TemplateScope): Promise<TemplateLine[]> {
  assertMayEver(ctx.viewer, 'write', 'HoursStatement');
  const first = `${scope.month}-01`;
  const last = `${scope.month}-${String(daysInMonth(scope.month)).padStart(2, '0')}`;
  const placements = await ctx.em.find(
    Placement,
    { ...scope.filter, startDate: { $lte: last }, $or: [{ endDate: null }, { endDate: { $gte: first } }] },
    { orderBy: { createdAt: 'asc', id: 'asc' }, limit: MAX_LINES },
  );
  const context = ctx as Context;
  const lines = await Promise.all(placements.map(async (placement): Promise<TemplateLine | null> => {
    if (!can(ctx.viewer, 'write', 'HoursStatement', await subjectOfPlacement(placement, context))) return null;
    const person = await ctx.loaders.beneficiaryById.load(placement.beneficiaryId);
    let initials = '';
    if (person && can(ctx.viewer, 'read', 'Beneficiary.firstName', await subjectOfBeneficiary(person, context))
      && can(ctx.viewer, 'read', 'Beneficiary.lastName', await subjectOfBeneficiary(person, context))) {
      await Promise.all(['firstName', 'lastName'].map((field) => ctx.loaders.readAudit.record(ctx, person.id, field)));
      initials = `${initialOf(person.firstName)} ${initialOf(person.lastName)}`.trim();
    }
    return { placementId: placement.id, initials, job: `${placement.employmentContractType} — ${placement.modality}`, month: scope.month };
  }));
  return lines.filter((line): line is TemplateLine => line !== null);
}
