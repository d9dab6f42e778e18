import { Migration } from '@maillage/subgraph-kit';

const CURRENT = ['DIRECT_HIRE', 'ETTI', 'AI', 'GEIQ', 'SUBCONTRACTING_SIAE', 'SUBCONTRACTING_EA_ESAT', 'CO_CONTRACTING', 'TRAINING'];
const LEGACY = ['TEMPORARY_WORK_ETTI', 'STAFF_PROVISION_AI_GEIQ', 'SUBCONTRACTING'];
const list = (values: string[]) => `ARRAY[${values.map((value) => `'${value}'`).join(', ')}]::text[]`;

/**
 * One vocabulary of modalities in the graph (issue 14, item 2): a clause's allowed modalities now speak the
 * placements' precise vocabulary (`InsertionModality` of the kit). Stored values move forward without loss:
 * TEMPORARY_WORK_ETTI → ETTI, STAFF_PROVISION_AI_GEIQ → AI + GEIQ, SUBCONTRACTING → SUBCONTRACTING_SIAE +
 * SUBCONTRACTING_EA_ESAT. A trigger does the same for a row written in SQL with a former value (a script, a
 * loader), so that only the current vocabulary is ever stored; the CHECK then admits only it.
 */
export class Migration20261202100100_one_modality_vocabulary extends Migration {
  override async up(): Promise<void> {
    this.addSql(`CREATE FUNCTION current_modalities(modalities text[]) RETURNS text[]
      LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
      RETURN ARRAY(
        SELECT v FROM unnest(${list(CURRENT)}) WITH ORDINALITY AS t (v, n)
         WHERE v = ANY (modalities)
            OR (v = 'ETTI' AND 'TEMPORARY_WORK_ETTI' = ANY (modalities))
            OR (v IN ('AI', 'GEIQ') AND 'STAFF_PROVISION_AI_GEIQ' = ANY (modalities))
            OR (v IN ('SUBCONTRACTING_SIAE', 'SUBCONTRACTING_EA_ESAT') AND 'SUBCONTRACTING' = ANY (modalities))
         ORDER BY n)
      -- a value of neither vocabulary is kept, for the CHECK to refuse it (never dropped silently)
      || ARRAY(SELECT m FROM unnest(modalities) AS m WHERE m <> ALL (${list([...CURRENT, ...LEGACY])}))`);
    this.addSql(`CREATE FUNCTION insertion_clause_current_modalities() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        NEW.modalities := current_modalities(NEW.modalities);
        RETURN NEW;
      END
      $fn$`);
    this.addSql('ALTER TABLE insertion_clause DROP CONSTRAINT insertion_clause_modalities_check');
    this.addSql('UPDATE insertion_clause SET modalities = current_modalities(modalities) WHERE modalities IS DISTINCT FROM current_modalities(modalities)');
    this.addSql(`ALTER TABLE insertion_clause ADD CONSTRAINT insertion_clause_modalities_check CHECK (modalities <@ ${list(CURRENT)})`);
    this.addSql(`CREATE TRIGGER insertion_clause_current_modalities BEFORE INSERT OR UPDATE OF modalities ON insertion_clause
      FOR EACH ROW EXECUTE FUNCTION insertion_clause_current_modalities()`);
  }

  override async down(): Promise<void> {
    this.addSql('DROP TRIGGER insertion_clause_current_modalities ON insertion_clause');
    this.addSql('DROP FUNCTION insertion_clause_current_modalities()');
    this.addSql('ALTER TABLE insertion_clause DROP CONSTRAINT insertion_clause_modalities_check');
    this.addSql(`UPDATE insertion_clause SET modalities = ARRAY(SELECT DISTINCT CASE m WHEN 'ETTI' THEN 'TEMPORARY_WORK_ETTI'
      WHEN 'AI' THEN 'STAFF_PROVISION_AI_GEIQ' WHEN 'GEIQ' THEN 'STAFF_PROVISION_AI_GEIQ' WHEN 'SUBCONTRACTING_SIAE' THEN 'SUBCONTRACTING'
      WHEN 'SUBCONTRACTING_EA_ESAT' THEN 'SUBCONTRACTING' ELSE m END FROM unnest(modalities) AS m)`);
    this.addSql(`ALTER TABLE insertion_clause ADD CONSTRAINT insertion_clause_modalities_check CHECK (modalities <@ ARRAY['DIRECT_HIRE',
      'TEMPORARY_WORK_ETTI', 'STAFF_PROVISION_AI_GEIQ', 'SUBCONTRACTING', 'CO_CONTRACTING', 'TRAINING']::text[])`);
    this.addSql('DROP FUNCTION current_modalities(text[])');
  }
}
