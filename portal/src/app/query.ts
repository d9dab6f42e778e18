import { useEffect } from 'react';
import { useQuery, type AnyVariables, type UseQueryArgs } from 'urql';
import { missingParts, problemOf } from './errors';
import { useSession } from './session';

/**
 * `useQuery` plus what every page needs: the problem that prevents showing it (in French), the parts missing
 * because a subgraph is down, and a dead session turned into « sign in again ».
 */
export function usePageQuery<Data, Variables extends AnyVariables>(args: UseQueryArgs<Variables, Data>) {
  const [result, reexecute] = useQuery<Data, Variables>(args);
  const { expire } = useSession();
  const problem = problemOf(result.error);
  const unauthenticated = problem?.kind === 'unauthenticated';
  useEffect(() => {
    if (unauthenticated) expire();
  }, [unauthenticated, expire]);
  return {
    data: result.data,
    fetching: result.fetching,
    // Partial data is shown with a banner; only an error without data is a page-level problem.
    problem: result.data && problem?.kind === 'unavailable' ? undefined : problem,
    missing: missingParts(result.error),
    reexecute,
  };
}
