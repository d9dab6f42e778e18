import { registerEnumType } from 'type-graphql';

/** Sex as recorded by the employment service (used for the profile breakdowns buyers receive). */
export enum Sex {
  FEMALE = 'FEMALE',
  MALE = 'MALE',
}

registerEnumType(Sex, {
  name: 'Sex',
  description: 'Sexe (état civil).',
  valuesConfig: { FEMALE: { description: 'Féminin' }, MALE: { description: 'Masculin' } },
});

/** Qualification level in the 2019 national nomenclature (niveaux 3 to 8), or below level 3. */
export enum QualificationLevel {
  BELOW_LEVEL_3 = 'BELOW_LEVEL_3',
  LEVEL_3 = 'LEVEL_3',
  LEVEL_4 = 'LEVEL_4',
  LEVEL_5 = 'LEVEL_5',
  LEVEL_6 = 'LEVEL_6',
  LEVEL_7 = 'LEVEL_7',
  LEVEL_8 = 'LEVEL_8',
}

registerEnumType(QualificationLevel, {
  name: 'QualificationLevel',
  description: 'Niveau de qualification (nomenclature nationale des niveaux de diplôme de 2019).',
  valuesConfig: {
    BELOW_LEVEL_3: { description: 'Sans diplôme ou niveau inférieur au CAP/BEP' },
    LEVEL_3: { description: 'Niveau 3 : CAP, BEP' },
    LEVEL_4: { description: 'Niveau 4 : baccalauréat' },
    LEVEL_5: { description: 'Niveau 5 : bac + 2 (BTS, DUT)' },
    LEVEL_6: { description: 'Niveau 6 : licence, bachelor' },
    LEVEL_7: { description: 'Niveau 7 : master' },
    LEVEL_8: { description: 'Niveau 8 : doctorat' },
  },
});
