import { useSession } from '../session';
import type { Problem } from '../errors';

/** The French banner naming what a down subgraph leaves out of the page. */
export function PartialBanner({ missing }: { missing: string[] }) {
  if (missing.length === 0) return null;
  return (
    <div className="notice notice-warning" role="status">
      <strong>Données incomplètes.</strong> Indisponible pour le moment : {missing.join(', ')}. Le reste de la page est à jour.
    </div>
  );
}

export function Loading({ what }: { what: string }) {
  return (
    <p className="loading" role="status">
      Chargement {what}…
    </p>
  );
}

/** A page-level problem: not found, forbidden, expired session, unavailable service. */
export function ProblemPage({ problem }: { problem: Problem }) {
  const { signIn, session } = useSession();
  const titles: Record<string, string> = {
    'not-found': 'Page introuvable',
    forbidden: 'Accès refusé',
    unauthenticated: session ? 'Session expirée' : 'Connexion requise',
    unavailable: 'Service momentanément indisponible',
    network: 'Service momentanément indisponible',
    'bad-input': 'Demande invalide',
    other: 'Une erreur est survenue',
  };
  return (
    <section className="problem" aria-labelledby="problem-title">
      <h1 id="problem-title" tabIndex={-1}>
        {titles[problem.kind]}
      </h1>
      <p>{problem.message}</p>
      {problem.kind === 'unauthenticated' ? (
        <p>
          <button type="button" className="button" onClick={() => signIn()}>
            Se connecter
          </button>
        </p>
      ) : (
        <p>
          <a href="/">Revenir à l’accueil</a>
        </p>
      )}
    </section>
  );
}
