import type { ReactNode } from 'react';
import { Link } from '../router';
import { navFor, ROLE_LABEL, useSession } from '../session';
import { Logo } from './icons';

export function Layout({ path, children }: { path: string; children: ReactNode }) {
  const { session, signIn, signOut, restoring } = useSession();
  const nav = navFor(session);
  const current = (href: string) => (href === '/' ? path === '/' || path.startsWith('/commune/') : path === href || path.startsWith(`${href}/`));
  return (
    <>
      <a className="skip-link" href="#contenu">
        Aller au contenu
      </a>
      <header className="site-header">
        <div className="header-inner">
          <Link href="/" className="brand">
            <Logo />
            <span>
              <span className="brand-name">Maillage</span>
              <span className="brand-tagline">les clauses sociales en réseau</span>
            </span>
          </Link>
          <div className="account">
            {session ? (
              <>
                <span className="account-name">
                  {session.name}
                  <span className="account-role">{ROLE_LABEL[session.role]}</span>
                </span>
                <button type="button" className="button button-secondary" onClick={signOut}>
                  Se déconnecter
                </button>
              </>
            ) : restoring ? null : (
              <button type="button" className="button" onClick={() => signIn()}>
                Se connecter
              </button>
            )}
          </div>
        </div>
        <nav aria-label="Navigation principale" className="main-nav">
          <ul>
            {nav.map((item) => (
              <li key={item.href}>
                <Link href={item.href} aria-current={current(item.href) ? 'page' : undefined}>
                  {item.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="contenu" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <p>
          Maillage — plateforme des facilitateurs des clauses sociales. Accessibilité : partiellement conforme (RGAA 4.1).
        </p>
      </footer>
    </>
  );
}
