import { useEffect, useId, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useClient, useQuery } from 'urql';
import { PartialBanner, Loading } from '../components/Notice';
import { MailIcon, PhoneIcon } from '../components/icons';
import { missingParts, problemOf } from '../errors';
import { COVERAGE_LEVEL, fold, label } from '../format';
import {
  CommuneSuggestionsDocument,
  FacilitatorsForCommuneDocument,
  FacilitatorsForPostalCodeDocument,
  type CommuneSuggestionsQuery,
  type PlaceFacilitatorsFieldsFragment,
} from '../gql/graphql';
import { navigate } from '../router';

type Suggestion = CommuneSuggestionsQuery['communes']['nodes'][number];

const LEVEL_ORDER = ['COMMUNE', 'EPCI', 'DEPARTMENT', 'REGION'];

/** What is wrong with a search, in French, or undefined when it may be sent. */
export function searchProblem(raw: string): string | undefined {
  const text = raw.trim();
  if (text.length === 0) return 'Saisissez le nom d’une commune ou un code postal.';
  if (/^\d+$/.test(text)) {
    return text.length === 5 ? undefined : 'Un code postal compte 5 chiffres (par exemple 69100).';
  }
  if (fold(text).replace(/ /g, '').length < 2) return 'Saisissez au moins 2 caractères du nom de la commune.';
  return undefined;
}

function useDebounced<T>(value: T, delay: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), delay);
    return () => clearTimeout(timer);
  }, [value, delay]);
  return debounced;
}

function SearchForm({ base, initial }: { base: string; initial: string }) {
  const client = useClient();
  const [text, setText] = useState(initial);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [error, setError] = useState<string>();
  const ids = useId();
  const inputId = `${ids}-commune`;
  const listId = `${ids}-suggestions`;
  const errorId = `${ids}-erreur`;
  const hintId = `${ids}-aide`;
  const inputRef = useRef<HTMLInputElement>(null);
  const search = useDebounced(text.trim(), 200);
  const digits = /^\d+$/.test(search);
  const pause = (digits ? search.length < 2 : fold(search).replace(/ /g, '').length < 2) || !open;
  const [suggestions] = useQuery({ query: CommuneSuggestionsDocument, variables: { search }, pause });
  const options: Suggestion[] = pause ? [] : (suggestions.data?.communes.nodes ?? []);
  const expanded = open && options.length > 0;

  const go = (commune: Suggestion) => {
    setOpen(false);
    setText(commune.name);
    navigate(`${base}/commune/${encodeURIComponent(commune.code)}`);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (expanded && active >= 0 && options[active]) return go(options[active]);
    const problem = searchProblem(text);
    setError(problem);
    if (problem) {
      inputRef.current?.focus();
      return;
    }
    const value = text.trim();
    if (/^\d{5}$/.test(value)) {
      setOpen(false);
      navigate(`${base}/code-postal/${value}`);
      return;
    }
    const result = await client.query(CommuneSuggestionsDocument, { search: value }).toPromise();
    const found = result.data?.communes.nodes ?? [];
    const exact = found.filter((commune) => fold(commune.name) === fold(value));
    const choice = exact.length === 1 ? exact[0] : found.length === 1 ? found[0] : undefined;
    if (choice) return go(choice);
    if (result.error && !result.data) setError('La recherche n’a pas abouti. Réessayez dans un instant.');
    else if (found.length === 0) setError(`Aucune commune ne correspond à « ${value} ».`);
    else {
      setError('Plusieurs communes correspondent : choisissez-en une dans la liste.');
      setOpen(true);
    }
    inputRef.current?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setOpen(true);
      setActive((index) => (options.length === 0 ? -1 : (index + 1) % options.length));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((index) => (options.length === 0 ? -1 : (index - 1 + options.length) % options.length));
    } else if (event.key === 'Escape') {
      setOpen(false);
      setActive(-1);
    }
  };

  return (
    <form className="search" role="search" onSubmit={submit} noValidate>
      <label htmlFor={inputId}>Commune ou code postal</label>
      <p id={hintId} className="hint">
        Par exemple « Villeurbanne », « saint etienne » ou « 69100 ».
      </p>
      <div className="search-row">
        <div className="combobox">
          <input
            ref={inputRef}
            id={inputId}
            type="text"
            role="combobox"
            autoComplete="off"
            spellCheck={false}
            aria-autocomplete="list"
            aria-expanded={expanded}
            aria-controls={listId}
            aria-activedescendant={expanded && active >= 0 ? `${listId}-${active}` : undefined}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? `${errorId} ${hintId}` : hintId}
            value={text}
            onChange={(event) => {
              setText(event.target.value);
              setOpen(true);
              setActive(-1);
              setError(undefined);
            }}
            onKeyDown={onKeyDown}
            onBlur={() => setTimeout(() => setOpen(false), 150)}
          />
          <ul id={listId} role="listbox" aria-label="Communes proposées" className="suggestions" hidden={!expanded}>
            {options.map((commune, index) => (
              <li
                key={commune.code}
                id={`${listId}-${index}`}
                role="option"
                aria-selected={index === active}
                className={index === active ? 'active' : undefined}
                onMouseDown={(event) => {
                  event.preventDefault();
                  go(commune);
                }}
              >
                {commune.name} <span className="muted">({commune.postalCodes.join(', ')} — {commune.department.name})</span>
              </li>
            ))}
          </ul>
        </div>
        <button type="submit" className="button">
          Rechercher
        </button>
      </div>
      <p id={errorId} className="field-error" role="alert">
        {error}
      </p>
      <p className="visually-hidden" role="status">
        {expanded ? `${options.length} commune${options.length > 1 ? 's' : ''} proposée${options.length > 1 ? 's' : ''}, flèches pour choisir.` : ''}
      </p>
    </form>
  );
}

function FacilitatorList({ place, embed }: { place: PlaceFacilitatorsFieldsFragment; embed: boolean }) {
  const matches = [...place.facilitators].sort((a, b) => LEVEL_ORDER.indexOf(a.level) - LEVEL_ORDER.indexOf(b.level));
  const commune = place.place.__typename === 'Commune' ? place.place : undefined;
  return (
    <section className="place" aria-labelledby={`place-${commune?.code ?? 'x'}`}>
      <h2 id={`place-${commune?.code ?? 'x'}`}>
        {commune ? `${commune.name} (${commune.postalCodes.join(', ')})` : 'Territoire'}
      </h2>
      {commune && (
        <p className="muted">
          {commune.epci ? `${commune.epci.name} · ` : ''}
          {commune.department.name} ({commune.department.code})
        </p>
      )}
      {matches.length === 0 ? (
        <p className="notice">Aucun facilitateur n’est encore référencé pour ce territoire.</p>
      ) : (
        <ul className="cards">
          {matches.map((match) => (
            <li key={`${match.level}-${match.facilitator.id}`} className="card">
              <p className="badge">
                {label(COVERAGE_LEVEL, match.level)}
                {'name' in match.territory ? ` : ${match.territory.name}` : ''}
              </p>
              <h3>{match.facilitator.name}</h3>
              <p>{match.facilitator.jobTitle}</p>
              <p className="organisation">{match.facilitator.organisation.name}</p>
              <ul className="contact">
                <li>
                  <a href={`mailto:${match.facilitator.email}`}>
                    <MailIcon />
                    <span className="visually-hidden">Écrire à {match.facilitator.name} : </span>
                    {match.facilitator.email}
                  </a>
                </li>
                {match.facilitator.phone && (
                  <li>
                    <a href={`tel:${match.facilitator.phone.replace(/\s/g, '')}`}>
                      <PhoneIcon />
                      <span className="visually-hidden">Appeler {match.facilitator.name} : </span>
                      {match.facilitator.phone}
                    </a>
                  </li>
                )}
              </ul>
            </li>
          ))}
        </ul>
      )}
      {embed && commune && (
        <p>
          <a href={`/commune/${commune.code}`} target="_blank" rel="noopener">
            Ouvrir dans Maillage (nouvelle fenêtre)
          </a>
        </p>
      )}
    </section>
  );
}

function Results({ communeCode, postalCode, embed }: { communeCode?: string; postalCode?: string; embed: boolean }) {
  const [byCommune] = useQuery({ query: FacilitatorsForCommuneDocument, variables: { code: communeCode ?? '' }, pause: !communeCode });
  const [byPostalCode] = useQuery({
    query: FacilitatorsForPostalCodeDocument,
    variables: { postalCode: postalCode ?? '' },
    pause: !postalCode,
  });
  const result = communeCode ? byCommune : byPostalCode;
  const places = result.data?.facilitatorsFor ?? [];
  const problem = problemOf(result.error);
  const first = places[0]?.place;
  const title = first?.__typename === 'Commune' ? first.name : undefined;
  useEffect(() => {
    if (title) document.title = `Facilitateurs pour ${title} — Maillage`;
  }, [title]);
  if (result.fetching) return <Loading what="des facilitateurs" />;
  if (problem && places.length === 0) {
    const message =
      problem.kind === 'not-found' || problem.kind === 'bad-input'
        ? communeCode
          ? 'Cette commune est inconnue. Vérifiez le lien ou recherchez-la par son nom.'
          : `Le code postal ${postalCode} ne correspond à aucune commune.`
        : problem.message;
    return (
      <div className="notice notice-error" role="alert">
        {message}
      </div>
    );
  }
  if (places.length === 0) {
    return (
      <div className="notice" role="status">
        {postalCode ? `Le code postal ${postalCode} ne correspond à aucune commune.` : 'Aucun résultat.'}
      </div>
    );
  }
  return (
    <div aria-live="polite">
      <PartialBanner missing={missingParts(result.error)} />
      {places.map((place, index) => (
        <FacilitatorList key={place.place.__typename === 'Commune' ? place.place.code : index} place={place} embed={embed} />
      ))}
    </div>
  );
}

/** « Trouver son facilitateur »: public, no sign-in; `embed` is the bare variant for an iframe. */
export function LookupPage({ communeCode, postalCode, embed = false }: { communeCode?: string; postalCode?: string; embed?: boolean }) {
  const base = embed ? '/integrer' : '';
  useEffect(() => {
    document.title = 'Trouver son facilitateur des clauses sociales — Maillage';
  }, []);
  return (
    <div className={embed ? 'lookup embed' : 'lookup'}>
      <h1 tabIndex={-1}>Trouver son facilitateur des clauses sociales</h1>
      {!embed && (
        <p className="lead">
          Le facilitateur accompagne acheteurs et entreprises pour les heures d’insertion des marchés publics. Cherchez votre commune : vous
          obtenez les facilitateurs qui la couvrent, du plus proche (la commune) au plus large (la région).
        </p>
      )}
      <SearchForm key={`${communeCode ?? ''}${postalCode ?? ''}`} base={base} initial={postalCode ?? ''} />
      {(communeCode || postalCode) && <Results communeCode={communeCode} postalCode={postalCode} embed={embed} />}
    </div>
  );
}
