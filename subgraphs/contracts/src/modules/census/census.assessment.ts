import { cpvDivision } from '@maillage/subgraph-kit';
import type { BuyerKind } from '../buyer/buyer.entity';
import { ContractSector } from '../contract/contract.enums';
import { calculateInsertionHours, type HoursCalculation } from '../clause/hours-formula';
import { ProcurementKind, type EuThreshold } from '../threshold/eu-threshold.entity';
import { thresholdPosition, type ThresholdPosition } from '../threshold/social-obligation';

/**
 * The kind of procurement a CPV code names, for the European thresholds: division 45 is « Travaux de
 * construction », the only works division of the CPV (Regulation (EC) No 213/2008, annex I); divisions 50
 * to 98 are services; 03 to 44 and 48 are supplies.
 */
export function procurementKindOfCpv(cpvCode: string): ProcurementKind {
  const division = Number(cpvDivision(cpvCode));
  if (division === 45) return ProcurementKind.WORKS;
  if (division >= 50) return ProcurementKind.SERVICES;
  return ProcurementKind.SUPPLIES;
}

/** What a planned purchase is assessed on. */
export interface AssessedValues {
  cpvCode: string;
  estimatedAmount: string;
  expectedLaunchDate: string;
  labourShare: string;
  insertionRate: string;
  hourlyCost: string;
}

export interface PurchaseAssessmentValues {
  procurementKind: ProcurementKind;
  hours: HoursCalculation;
  threshold: ThresholdPosition;
}

/**
 * The assessment of a purchase: the hours the formula gives on its estimated amount (the clauses' one
 * formula, `hours-formula.ts`) and where it stands against the European threshold in force on its expected
 * launch date (the thresholds table of issue 14 item 9, `social-obligation.ts`).
 */
export function assessPurchase(values: AssessedValues, buyerKind: BuyerKind, thresholds: EuThreshold[], field: string): PurchaseAssessmentValues {
  const procurementKind = procurementKindOfCpv(values.cpvCode);
  const hours = calculateInsertionHours(
    { amount: values.estimatedAmount, labourShare: values.labourShare, insertionRate: values.insertionRate, hourlyCost: values.hourlyCost },
    field,
  );
  const threshold = thresholdPosition(
    { procurementKind, consultationLaunchDate: values.expectedLaunchDate, estimatedAmount: values.estimatedAmount },
    buyerKind,
    thresholds,
  );
  return { procurementKind, hours, threshold };
}

/**
 * The register's trade of a contract made from a planned purchase, from its CPV division: 45 construction
 * work; 77 agricultural, forestry and horticultural services (green spaces); 55 hotel and restaurant
 * services (catering); 90 sewage, refuse, cleaning and environmental services — cleaning from group 909,
 * waste otherwise; other services and supplies by kind.
 */
export function contractSectorOfCpv(cpvCode: string): ContractSector {
  const division = cpvDivision(cpvCode);
  if (division === '45') return ContractSector.BUILDING;
  if (division === '77') return ContractSector.GREEN_SPACES;
  if (division === '55') return ContractSector.CATERING;
  if (division === '90') return cpvCode.startsWith('909') ? ContractSector.CLEANING : ContractSector.WASTE;
  return procurementKindOfCpv(cpvCode) === ProcurementKind.SERVICES ? ContractSector.SERVICES : ContractSector.SUPPLIES;
}
