import { useEffect, useState, type FormEvent } from 'react';
import { Loading, PartialBanner, ProblemPage } from '../components/Notice';
import { label, SECTOR, STRUCTURE_FAMILY, STRUCTURE_KIND } from '../format';
import { StructuresDocument, type ActivitySector, type StructureFilter, type StructureKind } from '../gql/graphql';
import { usePageQuery } from '../query';
import { Link } from '../router';

const KINDS = Object.keys(STRUCTURE_KIND) as StructureKind[];
const SECTORS = ['BUILDING', 'PUBLIC_WORKS', 'CLEANING', 'GREEN_SPACES', 'CATERING', 'LOGISTICS', 'RECYCLING', 'LAUNDRY_TEXTILE', 'INDUSTRIAL_SUBCONTRACTING', 'MARKET_GARDENING', 'PERSONAL_SERVICES', 'OFFICE_SERVICES', 'DIGITAL', 'SECURITY', 'OTHER'] as ActivitySector[];

/** Structures: search by kind, sector, territory (department), clause-eligible only. */
export default function StructuresPage() {
  const [form, setForm] = useState({ kind: '', sector: '', department: '', name: '', eligible: false });
  const [filter, setFilter] = useState<StructureFilter>({});
  const [departmentError, setDepartmentError] = useState<string>();
  const { data, fetching, problem, missing } = usePageQuery({ query: StructuresDocument, variables: { filter, first: 50 } });
  useEffect(() => {
    document.title = 'Structures — Maillage';
  }, []);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const department = form.department.trim().toUpperCase();
    if (department && !/^(\d{2}|2A|2B|97\d)$/.test(department)) {
      setDepartmentError('Un code de département compte 2 ou 3 caractères (par exemple 69, 2A ou 974).');
      return;
    }
    setDepartmentError(undefined);
    setFilter({
      ...(form.kind ? { kinds: [form.kind as StructureKind] } : {}),
      ...(form.sector ? { sector: form.sector as ActivitySector } : {}),
      ...(department ? { department } : {}),
      ...(form.name.trim().length >= 2 ? { nameContains: form.name.trim() } : {}),
      ...(form.eligible ? { clauseEligibleOnly: true } : {}),
    });
  };
  const badField = problem?.kind === 'bad-input' ? problem.field : undefined;
  if (problem && problem.kind !== 'bad-input') return <ProblemPage problem={problem} />;
  return (
    <>
      <h1 tabIndex={-1}>Structures d’insertion et de l’emploi</h1>
      <PartialBanner missing={missing} />
      <form className="panel filters" onSubmit={submit} aria-label="Rechercher des structures" noValidate>
        <div>
          <label htmlFor="structure-nom">Nom</label>
          <input id="structure-nom" type="search" value={form.name} onChange={(e) => setForm({ ...form, name: e.target.value })} />
        </div>
        <div>
          <label htmlFor="structure-type">Type</label>
          <select id="structure-type" value={form.kind} onChange={(e) => setForm({ ...form, kind: e.target.value })}>
            <option value="">Tous les types</option>
            {KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {STRUCTURE_KIND[kind]}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="structure-secteur">Secteur d’activité</label>
          <select id="structure-secteur" value={form.sector} onChange={(e) => setForm({ ...form, sector: e.target.value })}>
            <option value="">Tous les secteurs</option>
            {SECTORS.map((sector) => (
              <option key={sector} value={sector}>
                {label(SECTOR, sector)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="structure-departement">Département (code)</label>
          <input
            id="structure-departement"
            type="text"
            inputMode="text"
            value={form.department}
            aria-invalid={departmentError || badField === 'department' ? true : undefined}
            aria-describedby="structure-departement-erreur"
            onChange={(e) => setForm({ ...form, department: e.target.value })}
          />
          <p id="structure-departement-erreur" className="field-error" role="alert">
            {departmentError ?? (badField === 'department' ? 'Ce département est inconnu.' : '')}
          </p>
        </div>
        <div>
          <label className="checkbox" htmlFor="structure-eligible">
            <input id="structure-eligible" type="checkbox" checked={form.eligible} onChange={(e) => setForm({ ...form, eligible: e.target.checked })} />
            Seulement celles qui peuvent porter des heures de clause
          </label>
        </div>
        <div>
          <button type="submit" className="button">
            Rechercher
          </button>
        </div>
      </form>
      {problem?.kind === 'bad-input' && badField !== 'department' && <p className="notice notice-error">{problem.message}</p>}
      {fetching && !data ? (
        <Loading what="des structures" />
      ) : (
        <>
          <h2 role="status">
            {data?.structures.totalCount ?? 0} structure{(data?.structures.totalCount ?? 0) > 1 ? 's' : ''}
          </h2>
          <ul className="cards">
            {(data?.structures.nodes ?? []).map((structure) => (
              <li key={structure.id} className="card">
                <p className="badge">{label(STRUCTURE_KIND, structure.kind)}</p>
                <h3>
                  <Link href={`/structures/${structure.id}`}>{structure.name}</Link>
                </h3>
                <p className="muted">
                  {structure.commune.name} · {label(STRUCTURE_FAMILY, structure.family)}
                </p>
                <p>{structure.sectors.map((sector) => label(SECTOR, sector)).join(', ') || '—'}</p>
                {structure.canDeliverClauseHours && <p className="organisation">Peut porter des heures de clause</p>}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
