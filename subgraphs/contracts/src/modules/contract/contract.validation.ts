import { BadUserInputError, DEPARTMENT_CODE } from '@maillage/subgraph-kit';
import { validateLot, type LotValues } from '../lot/lot.inputs';
import { likePattern } from '../shared/like';
import { requireCpv } from '../census/census.validation';
import { optionalText, requireAmount, requireCommuneCode, requireDate, requireExistingCommune, requireText, requireUuid } from '../shared/validation';
import type { ProcurementKind } from '../threshold/eu-threshold.entity';
import type { ContractSector } from './contract.enums';
import type { ContractFilter, CreateContractInput, UpdateContractInput } from './contract.inputs';

/** The editable columns of a contract, validated (null clears an optional one). */
export interface ContractValues {
  reference: string;
  title: string;
  description: string | null;
  sector: ContractSector;
  estimatedAmount: string | null;
  notificationDate: string | null;
  executionStart: string | null;
  executionEnd: string | null;
  facilitatorId: string | null;
  procurementKind: ProcurementKind | null;
  consultationLaunchDate: string | null;
  cpvCode: string | null;
  worksCommuneCode: string | null;
}

const optional = <T>(value: T | null | undefined, check: (value: T) => T): T | null =>
  value === null || value === undefined ? null : check(value);

/** Validates the fields present in `input` (all of them for a creation). */
export function validateContractFields(input: UpdateContractInput, field: string): Partial<ContractValues> {
  const values: Partial<ContractValues> = {};
  for (const key of ['reference', 'title', 'sector'] as const) {
    if (input[key] === null) throw new BadUserInputError(`${field}.${key} cannot be cleared`, `${field}.${key}`);
  }
  if (input.reference != null) values.reference = requireText(input.reference, `${field}.reference`, 100);
  if (input.title != null) values.title = requireText(input.title, `${field}.title`, 300);
  if (input.sector != null) values.sector = input.sector;
  if (input.description !== undefined) values.description = optionalText(input.description, `${field}.description`, 5000);
  if (input.estimatedAmount !== undefined) {
    values.estimatedAmount = optional(input.estimatedAmount, (v) => requireAmount(v, `${field}.estimatedAmount`));
  }
  if (input.procurementKind !== undefined) values.procurementKind = input.procurementKind ?? null;
  for (const key of ['notificationDate', 'executionStart', 'executionEnd', 'consultationLaunchDate'] as const) {
    if (input[key] !== undefined) values[key] = optional(input[key], (v) => requireDate(v, `${field}.${key}`));
  }
  if (input.cpvCode !== undefined) values.cpvCode = optional(input.cpvCode, (v) => requireCpv(v, `${field}.cpvCode`));
  if (input.worksCommuneCode !== undefined) values.worksCommuneCode = optional(input.worksCommuneCode, (v) => requireExistingCommune(v, `${field}.worksCommuneCode`));
  if (input.facilitatorId !== undefined) {
    values.facilitatorId = optional(input.facilitatorId, (v) => requireUuid(v, `${field}.facilitatorId`));
  }
  return values;
}

export interface NewContractValues extends ContractValues {
  buyerId: string;
  lots: LotValues[];
}

export function validateNewContract(input: CreateContractInput): NewContractValues {
  const values = validateContractFields(input, 'input');
  const lots = (input.lots ?? []).map((lot, index) => validateLot(lot, `input.lots[${index}]`));
  lots.forEach((lot, index) => {
    if (lots.findIndex((other) => other.number === lot.number) !== index) {
      throw new BadUserInputError(`input.lots[${index}].number: lot ${lot.number} appears twice`, `input.lots[${index}].number`);
    }
  });
  return {
    reference: values.reference!,
    title: values.title!,
    sector: values.sector!,
    description: values.description ?? null,
    estimatedAmount: values.estimatedAmount ?? null,
    notificationDate: values.notificationDate ?? null,
    executionStart: values.executionStart ?? null,
    executionEnd: values.executionEnd ?? null,
    facilitatorId: values.facilitatorId ?? null,
    procurementKind: values.procurementKind ?? null,
    consultationLaunchDate: values.consultationLaunchDate ?? null,
    cpvCode: values.cpvCode ?? null,
    worksCommuneCode: values.worksCommuneCode ?? null,
    buyerId: requireUuid(input.buyerId, 'input.buyerId'),
    lots,
  };
}

/** Checks the filter's codes and ids; returns the LIKE pattern of its text, if any. */
export function validateContractFilter(filter: ContractFilter): { textPattern: string | null } {
  if (filter.buyerId != null) requireUuid(filter.buyerId, 'filter.buyerId');
  if (filter.facilitatorId != null) requireUuid(filter.facilitatorId, 'filter.facilitatorId');
  if (filter.department != null && !DEPARTMENT_CODE.test(filter.department)) {
    throw new BadUserInputError('filter.department must be a department code such as 69, 2A or 974', 'filter.department');
  }
  if (filter.commune != null) requireCommuneCode(filter.commune, 'filter.commune');
  if (filter.executingOn != null) requireDate(filter.executingOn, 'filter.executingOn');
  const text = filter.text?.trim();
  if (text && text.length > 100) throw new BadUserInputError('filter.text is at most 100 characters', 'filter.text');
  return { textPattern: text ? likePattern(text) : null };
}
