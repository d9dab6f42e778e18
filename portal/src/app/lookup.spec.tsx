import { fireEvent, screen } from '@testing-library/dom';
import { act, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { LookupPage, searchProblem } from './pages/Lookup';

// React 19's own act/createRoot (the root of node_modules holds the gateway's React 18, which
// @testing-library/react would pick up): rendering is done here, queries by @testing-library/dom.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
let root: Root | undefined;
function render(element: ReactNode, { wrapper: Wrapper }: { wrapper: (props: { children: ReactNode }) => ReactNode }) {
  const container = document.body.appendChild(document.createElement('div'));
  root = createRoot(container);
  act(() => root!.render(<Wrapper>{element}</Wrapper>));
}
afterEach(() => {
  act(() => root?.unmount());
  document.body.innerHTML = '';
});

/** The GraphQL client is replaced by the answer each test gives (urql itself is exercised in the browser tests). */
const answer: { data?: unknown } = {};
vi.mock('urql', () => ({
  useQuery: (args: { pause?: boolean }) => [args.pause ? { fetching: false } : { data: answer.data, fetching: false }, () => undefined],
  useClient: () => ({ query: () => ({ toPromise: async () => ({ data: { communes: { nodes: [] } } }) }) }),
}));
const Bare = ({ children }: { children: ReactNode }) => <>{children}</>;

describe('searchProblem', () => {
  test.each([
    ['', 'Saisissez le nom d’une commune ou un code postal.'],
    ['a', 'Saisissez au moins 2 caractères du nom de la commune.'],
    ['-', 'Saisissez au moins 2 caractères du nom de la commune.'],
    ['6910', 'Un code postal compte 5 chiffres (par exemple 69100).'],
    ['691000', 'Un code postal compte 5 chiffres (par exemple 69100).'],
  ])('« %s » → %s', (input, message) => {
    expect(searchProblem(input)).toBe(message);
  });
  test.each(['69100', 'Lyon', 'saint-étienne', 'Éa'])('« %s » may be searched', (input) => {
    expect(searchProblem(input)).toBeUndefined();
  });
});

describe('LookupPage', () => {
  test('a labelled combobox; a 1-character search shows the French message on the field', () => {
    answer.data = undefined;
    render(<LookupPage />, { wrapper: Bare });
    const input = screen.getByRole('combobox', { name: 'Commune ou code postal' });
    act(() => {
      fireEvent.change(input, { target: { value: 'a' } });
    });
    act(() => {
      fireEvent.click(screen.getByRole('button', { name: 'Rechercher' }));
    });
    expect(screen.getByRole('alert').textContent).toBe('Saisissez au moins 2 caractères du nom de la commune.');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toContain(screen.getByRole('alert').id);
  });

  test('facilitators are listed most specific first, with e-mail and telephone links', () => {
    const facilitator = (id: string, name: string) => ({
      id,
      name,
      jobTitle: 'Facilitateur',
      email: `${id}@exemple.fr`,
      phone: '04 00 00 00 00',
      organisation: { id: `o${id}`, name: `Orga ${id}`, website: null },
    });
    const data = {
      facilitatorsFor: [
        {
          place: { __typename: 'Commune', code: '69266', name: 'Villeurbanne', postalCodes: ['69100'], department: { code: '69', name: 'Rhône' }, epci: null },
          facilitators: [
            { level: 'REGION', territory: { __typename: 'Region', code: '84', name: 'Auvergne-Rhône-Alpes' }, facilitator: facilitator('r', 'Régionale') },
            { level: 'COMMUNE', territory: { __typename: 'Commune', code: '69266', name: 'Villeurbanne' }, facilitator: facilitator('c', 'Communal') },
            { level: 'DEPARTMENT', territory: { __typename: 'Department', code: '69', name: 'Rhône' }, facilitator: facilitator('d', 'Départemental') },
          ],
        },
      ],
    };
    answer.data = data;
    render(<LookupPage communeCode="69266" />, { wrapper: Bare });
    const names = screen.getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent);
    expect(names).toEqual(['Communal', 'Départemental', 'Régionale']);
    expect(screen.getAllByRole('link', { name: /Écrire à/ })[0]!.getAttribute('href')).toBe('mailto:c@exemple.fr');
    expect(screen.getAllByRole('link', { name: /Appeler/ })[0]!.getAttribute('href')).toBe('tel:0400000000');
  });
});
