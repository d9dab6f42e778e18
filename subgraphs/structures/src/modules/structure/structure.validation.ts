import { BadUserInputError, DEPARTMENT_CODE, INSEE_COMMUNE_CODE, isEmailAddress, normalizeNaf, POSTAL_CODE, requireKnownCommune, siretProblem } from '@maillage/subgraph-kit';
import type { ActivitySector, StructureService } from '../sector/activity-sector.enum';
import { DISABILITY_SECTOR_KINDS, type StructureKind } from './structure-kind.enum';
import { StructureContact } from './structure-contact.embeddable';
import type { CreateStructureInput, StructureContactInput, UpdateStructureInput } from './structure.inputs';

/** Checked and normalised values, ready to assign to a `Structure`; absent keys are left unchanged. */
export interface StructureChanges {
  siret?: string;
  name?: string;
  kind?: StructureKind;
  communeCode?: string;
  nafCode?: string | null;
  addressLine?: string | null;
  postalCode?: string | null;
  servedCommuneCodes?: string[];
  servedDepartmentCodes?: string[];
  sectors?: ActivitySector[];
  services?: StructureService[];
  insertionCapacity?: number | null;
  disabledWorkersShare?: string | null;
  agreementStartDate?: string | null;
  agreementEndDate?: string | null;
  contact?: StructureContact | null;
}

const MAX_TEXT = 300;
const MAX_TERRITORIES = 500;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const FRENCH_PHONE = /^0[1-9]\d{8}$/;

function fail(field: string, rule: string): never {
  throw new BadUserInputError(`${field}: ${rule}`, field);
}

function mandatory<T>(value: T | null, field: string): T {
  if (value === null) fail(field, 'is mandatory and cannot be cleared');
  return value;
}

function text(value: string | null, field: string, { required = false } = {}): string | null {
  const trimmed = value?.trim() ?? '';
  if (trimmed === '') return required ? fail(field, 'must not be empty') : null;
  if (trimmed.length > MAX_TEXT) fail(field, `must be at most ${MAX_TEXT} characters`);
  return trimmed;
}

function codes(values: string[] | null, field: string, pattern: RegExp, what: string): string[] {
  const list = [...new Set((values ?? []).map((value) => value.trim().toUpperCase()))];
  if (list.length > MAX_TERRITORIES) fail(field, `at most ${MAX_TERRITORIES} codes`);
  const bad = list.find((code) => !pattern.test(code));
  if (bad !== undefined) fail(field, `"${bad}" is not ${what}`);
  return list.sort();
}

function date(value: string | null, field: string): string | null {
  if (value === null) return null;
  const parsed = new Date(`${value}T00:00:00Z`);
  if (!ISO_DATE.test(value) || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== value) {
    fail(field, 'must be a calendar date written YYYY-MM-DD');
  }
  return value;
}

function contact(input: StructureContactInput | null): StructureContact | null {
  if (input === null) return null;
  const label = text(input.label ?? null, 'contact.label');
  const email = text(input.email ?? null, 'contact.email');
  if (email !== null && !isEmailAddress(email)) fail('contact.email', 'is not an e-mail address');
  let phone = input.phone?.replace(/[\s.-]/g, '') || null;
  if (phone?.startsWith('+33')) phone = `0${phone.slice(3)}`;
  if (phone !== null && !FRENCH_PHONE.test(phone)) fail('contact.phone', 'must be a French number: 10 digits starting with 0, or +33 and 9 digits');
  if (label === null && email === null && phone === null) return null;
  return Object.assign(new StructureContact(), { label, email: email?.toLowerCase() ?? null, phone });
}

/**
 * Checks a create or update input field by field and returns normalised values. The first broken rule is
 * a BAD_USER_INPUT naming the field, before anything is written.
 */
export function validateStructureInput(input: CreateStructureInput | UpdateStructureInput): StructureChanges {
  const changes: StructureChanges = {};
  if (input.siret !== undefined) {
    const siret = mandatory(input.siret, 'siret').replace(/\s/g, '');
    const problem = siretProblem(siret);
    if (problem) fail('siret', problem);
    changes.siret = siret;
  }
  if (input.name !== undefined) changes.name = text(input.name, 'name', { required: true })!;
  if (input.kind !== undefined) changes.kind = mandatory(input.kind, 'kind');
  if (input.communeCode !== undefined) {
    const communeCode = mandatory(input.communeCode, 'communeCode').trim().toUpperCase();
    if (!INSEE_COMMUNE_CODE.test(communeCode)) fail('communeCode', 'must be an INSEE commune code (5 characters such as 69123 or 2A004), not a postal code');
    // A commune that exists, by the list the directory publishes (the kit's rule).
    changes.communeCode = requireKnownCommune(communeCode, 'communeCode');
  }
  if (input.nafCode !== undefined) {
    changes.nafCode = input.nafCode === null ? null : (normalizeNaf(input.nafCode.trim()) ?? fail('nafCode', 'must be 4 digits and a letter, such as 8130Z'));
  }
  if (input.addressLine !== undefined) changes.addressLine = text(input.addressLine, 'addressLine');
  if (input.postalCode !== undefined) {
    const postalCode = text(input.postalCode, 'postalCode');
    if (postalCode !== null && !POSTAL_CODE.test(postalCode)) fail('postalCode', 'must be 5 digits');
    changes.postalCode = postalCode;
  }
  if (input.servedCommuneCodes !== undefined) {
    changes.servedCommuneCodes = codes(input.servedCommuneCodes, 'servedCommuneCodes', INSEE_COMMUNE_CODE, 'an INSEE commune code');
    for (const code of changes.servedCommuneCodes) requireKnownCommune(code, 'servedCommuneCodes');
  }
  if (input.servedDepartmentCodes !== undefined) {
    changes.servedDepartmentCodes = codes(input.servedDepartmentCodes, 'servedDepartmentCodes', DEPARTMENT_CODE, 'a department code');
  }
  if (input.sectors !== undefined) changes.sectors = [...new Set(input.sectors ?? [])];
  if (input.services !== undefined) changes.services = [...new Set(input.services ?? [])];
  if (input.insertionCapacity !== undefined) {
    if (input.insertionCapacity !== null && input.insertionCapacity < 0) fail('insertionCapacity', 'must be 0 or more');
    changes.insertionCapacity = input.insertionCapacity;
  }
  if (input.disabledWorkersShare !== undefined) {
    const share = input.disabledWorkersShare?.trim() ?? null;
    if (share !== null && (!/^\d{1,3}(\.\d{1,2})?$/.test(share) || Number(share) > 100)) fail('disabledWorkersShare', 'must be a percentage from 0 to 100 with at most 2 decimals, such as "82.5"');
    changes.disabledWorkersShare = share;
  }
  if (input.agreementStartDate !== undefined) changes.agreementStartDate = date(input.agreementStartDate, 'agreementStartDate');
  if (input.agreementEndDate !== undefined) changes.agreementEndDate = date(input.agreementEndDate, 'agreementEndDate');
  if (input.contact !== undefined) changes.contact = contact(input.contact);
  return changes;
}

/** A share of disabled workers belongs to the disability sector only (EA, EATT, ESAT), on the state a write would leave. */
export function assertDisabledShareKind(kind: StructureKind, share: string | null | undefined): void {
  if (share != null && !DISABILITY_SECTOR_KINDS.includes(kind)) fail('disabledWorkersShare', 'is recorded for an EA, an EATT or an ESAT only');
}

/** Rules across fields, checked on the state a write would leave. */
export function assertConsistentAgreement(start: string | null | undefined, end: string | null | undefined): void {
  if (start && end && end < start) fail('agreementEndDate', 'must not be before agreementStartDate');
}
