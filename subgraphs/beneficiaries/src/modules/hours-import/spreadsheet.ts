import type { Writable } from 'node:stream';
import { Workbook } from 'exceljs';
import { COLUMNS } from './import.columns';
import type { TemplateLine } from './template';

/**
 * Everything this subgraph writes with exceljs (the kit's `@maillage/subgraph-kit/imports` reads uploads) (pinned, unmaintained since 2023: kept behind this module).
 */

const TEMPLATE_HEADER = [COLUMNS.placementId, COLUMNS.initials, COLUMNS.job, COLUMNS.month, COLUMNS.hoursWorked, COLUMNS.trainingHours, COLUMNS.remarks];

/** The rules of the second sheet, in French: what the upload checks, line by line. */
export function templateRules(month: string, capHours: string): string[] {
  return [
    `Relevé d’heures du mois ${month} : une ligne par mise en emploi.`,
    'Ne modifiez pas les colonnes « Référence de la mise en emploi » et « Mois » : elles désignent le relevé.',
    'Heures travaillées et heures de formation : nombres positifs, deux décimales au plus (ex. 151,67). Laissez la ligne vide pour ne rien déclarer.',
    `Le total d’un mois ne peut dépasser ${capHours.replace('.', ',')} h en ${month} : 10 h par jour (Code du travail, L3121-18) et 48 h par semaine (L3121-20).`,
    'Toutes les mises en emploi d’une même personne comptent ensemble, y compris chez d’autres employeurs : au plus 44 h par semaine en moyenne sur 12 semaines (L3121-22).',
    'Le mois doit être dans les dates de la mise en emploi, et pas dans le futur.',
    'Une même mise en emploi ne peut figurer qu’une fois par mois dans le fichier.',
    'Un mois déjà déclaré est une correction : écrivez-en le motif dans la colonne « Remarques » (3 à 500 caractères, sans donnée personnelle).',
    'Formats acceptés : ce modèle (.xlsx) ou un CSV (séparateur ; ou ,, UTF-8 ou Windows-1252). 10 Mo et 20 000 lignes au plus ; pas de macros ni de liaisons vers d’autres fichiers.',
    'Après l’envoi, un aperçu montre les lignes acceptées, les corrections et les lignes refusées (numéro, colonne, motif) ; rien n’est enregistré avant votre confirmation. Envoyer deux fois le même fichier ne déclare rien deux fois.',
  ];
}

/** The XLSX template: the lines to fill, data validation on the hours, and the rules on a second sheet. */
export async function writeTemplateXlsx(out: Writable, lines: TemplateLine[], month: string, capHours: string): Promise<void> {
  const workbook = new Workbook();
  workbook.creator = 'Maillage';
  const sheet = workbook.addWorksheet('Relevé', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = TEMPLATE_HEADER.map((header, index) => ({ header, key: String(index), width: index === 0 ? 40 : index === 6 ? 40 : 20 }));
  sheet.getRow(1).font = { bold: true };
  const cap = Number(capHours);
  const hours = {
    type: 'decimal' as const, operator: 'between' as const, allowBlank: true, formulae: [0, cap], showErrorMessage: true,
    errorTitle: 'Heures', error: `Un nombre d’heures entre 0 et ${capHours.replace('.', ',')} (maximum légal du mois), deux décimales au plus.`,
  };
  for (const line of lines) {
    const row = sheet.addRow([line.placementId, line.initials, line.job, line.month, null, null, null]);
    row.getCell(4).numFmt = '@';
    for (const column of [5, 6]) {
      row.getCell(column).numFmt = '0.00';
      row.getCell(column).dataValidation = hours;
    }
  }
  const rules = workbook.addWorksheet('Règles');
  rules.getColumn(1).width = 140;
  rules.addRow(['Règles du relevé d’heures']).font = { bold: true };
  for (const rule of templateRules(month, capHours)) rules.addRow([rule]);
  await workbook.xlsx.write(out);
}
