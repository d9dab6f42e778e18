import { contractStepReasons } from './migration-style';

/** A migration file's source with `up` and `down` bodies. */
function migration(up: string, down = "this.addSql('DROP TABLE x');"): string {
  return `export class M extends Migration {\n  override async up() {\n    ${up}\n  }\n  override async down() {\n    ${down}\n  }\n}`;
}

describe('contract steps among migrations', () => {
  test.each([
    ["this.addSql('ALTER TABLE a DROP COLUMN b');", 'drops a column'],
    ["this.addSql('DROP TABLE a');", 'drops a table'],
    ["this.addSql('ALTER TABLE a RENAME COLUMN b TO c');", 'renames'],
    ["this.addSql('ALTER TABLE a RENAME TO b');", 'renames'],
    ["this.addSql('ALTER TABLE a ALTER COLUMN b SET NOT NULL');", 'NOT NULL'],
    ["this.addSql('ALTER TABLE a ALTER COLUMN b TYPE bigint');", "column's type"],
    ["this.addSql('ALTER TABLE a ADD COLUMN b integer NOT NULL');", 'without a default'],
  ])('flags %s', (up, reason) => {
    expect(contractStepReasons(migration(up)).join(' | ')).toContain(reason);
  });

  test.each([
    "this.addSql('CREATE TABLE a (id uuid PRIMARY KEY, b text NOT NULL)');",
    "this.addSql('ALTER TABLE a ADD COLUMN b text');",
    "this.addSql('ALTER TABLE a ADD COLUMN b integer NOT NULL DEFAULT 0');",
    "this.addSql('ALTER TABLE a ADD COLUMN d varchar(3) GENERATED ALWAYS AS (left(c, 2)) STORED');",
    "this.addSql('CREATE INDEX a_b ON a (b)');",
  ])('lets an expand step through: %s', (up) => {
    expect(contractStepReasons(migration(up))).toEqual([]);
  });

  test('reads only up(): a rollback in down() is not a step of the upgrade', () => {
    expect(contractStepReasons(migration("this.addSql('CREATE TABLE a (id int)');", "this.addSql('DROP TABLE a');"))).toEqual([]);
  });

  test('a migration marked @contract-step is declared as one', () => {
    const source = `/** @contract-step no version reads b since 1.4 */\n${migration("this.addSql('ALTER TABLE a DROP COLUMN b');")}`;
    expect(contractStepReasons(source)).toEqual([]);
  });
});
