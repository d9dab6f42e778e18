import { departmentOfCommune } from '@maillage/subgraph-kit';
import { addDays } from '../modules/shared/month';
import { demoId, type Random } from './random';

/** The three people of the first demo, kept with their ids (other subgraphs' tests and docs use them). */
export const DEMO_BENEFICIARIES = [
  { id: 'b1e2f3a4-0000-4000-8000-000000000001', firstName: 'Camille', lastName: 'Martin', birthDate: '1994-03-12', residenceCommuneCode: '69259', referentStructureId: '7a3b9c4d-0000-4000-8000-000000000005' },
  { id: 'b1e2f3a4-0000-4000-8000-000000000002', firstName: 'Karim', lastName: 'Benali', birthDate: '1971-11-02', residenceCommuneCode: '69266', referentStructureId: '7a3b9c4d-0000-4000-8000-000000000003' },
  { id: 'b1e2f3a4-0000-4000-8000-000000000003', firstName: 'Sophie', lastName: 'Durand', birthDate: '2003-06-25', residenceCommuneCode: '69256', referentStructureId: null },
];

// Common French given names and surnames, combined at random: fictional people.
const FIRST_NAMES = ['Léa', 'Hugo', 'Inès', 'Lucas', 'Manon', 'Nathan', 'Chloé', 'Yanis', 'Emma', 'Mehdi', 'Sarah', 'Louis', 'Aïcha', 'Thomas',
  'Julie', 'Moussa', 'Laura', 'Kevin', 'Fatou', 'Julien', 'Nadia', 'Maxime', 'Amina', 'Romain', 'Océane', 'Bilal', 'Pauline', 'Dylan', 'Sonia', 'Éric'];
const LAST_NAMES = ['Bernard', 'Petit', 'Robert', 'Richard', 'Moreau', 'Laurent', 'Simon', 'Michel', 'Lefebvre', 'Leroy', 'Roux', 'David',
  'Bertrand', 'Morel', 'Fournier', 'Girard', 'Bonnet', 'Dupont', 'Lambert', 'Fontaine', 'Rousseau', 'Vincent', 'Muller', 'Faure', 'Mercier',
  'Boyer', 'Blanc', 'Guerin', 'Diallo', 'Traoré', 'Haddad', 'Nguyen', 'Garcia', 'Da Silva', 'Mendy'];
/** Real INSEE codes of the demo territory's largest communes: Rhône (69) and Isère (38). */
const COMMUNES = ['69123', '69266', '69259', '69256', '69290', '69034', '69029', '69149', '69282', '69286', '69123', '69266',
  '38185', '38421', '38151', '38544', '38053', '38169'];
const REFERENTS = ['7a3b9c4d-0000-4000-8000-000000000005', '7a3b9c4d-0000-4000-8000-000000000003', '7a3b9c4d-0000-4000-8000-000000000002', null];
const LEVELS = ['BELOW_LEVEL_3', 'BELOW_LEVEL_3', 'LEVEL_3', 'LEVEL_3', 'LEVEL_4', 'LEVEL_5'];

export interface DemoPerson {
  id: string; first_name: string; last_name: string; birth_date: string; sex: string; email: string | null; phone: string | null;
  residence_commune_code: string; department_code: string; qpv_resident: boolean; qualification_level: string;
  france_travail_id: string | null; referent_structure_id: string | null; consent_date: string; pathStart: string;
}

function ascii(value: string): string {
  return value.normalize('NFD').replace(/[^A-Za-z]/g, '').toLowerCase();
}

/** About two hundred people: the three above, then generated ones (ids …000004 onwards). */
export function generatePeople(random: Random, count: number): DemoPerson[] {
  return Array.from({ length: count }, (_unused, index) => {
    const known = DEMO_BENEFICIARIES[index];
    const firstName = known?.firstName ?? random.pick(FIRST_NAMES);
    const lastName = known?.lastName ?? random.pick(LAST_NAMES);
    const commune = known?.residenceCommuneCode ?? random.pick(COMMUNES);
    const pathStart = addDays('2025-03-01', random.int(0, 540));
    return {
      id: known?.id ?? demoId('b1e2f3a4', index + 1),
      first_name: firstName,
      last_name: lastName,
      birth_date: known?.birthDate ?? `${random.int(1966, 2006)}-${String(random.int(1, 12)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`,
      sex: random.chance(0.45) ? 'FEMALE' : 'MALE',
      email: random.chance(0.6) ? `${ascii(firstName)}.${ascii(lastName)}${index}@example.org` : null,
      // 01 99 00 xx xx is reserved by ARCEP for fiction: these numbers reach nobody.
      phone: random.chance(0.7) ? `01 99 00 ${String(random.int(0, 99)).padStart(2, '0')} ${String(random.int(0, 99)).padStart(2, '0')}` : null,
      residence_commune_code: commune,
      department_code: departmentOfCommune(commune),
      qpv_resident: random.chance(0.35),
      qualification_level: random.pick(LEVELS),
      france_travail_id: random.chance(0.7) ? String(random.int(10_000_000, 99_999_999)) + String(random.int(100, 999)) : null,
      referent_structure_id: known ? known.referentStructureId : random.pick(REFERENTS),
      consent_date: pathStart,
      pathStart,
    };
  });
}
