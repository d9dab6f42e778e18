export interface GraphQLResponse<TData = Record<string, unknown>> {
  status: number;
  headers: Headers;
  body: {
    data?: TData | null;
    errors?: { message: string; path?: (string | number)[]; extensions?: Record<string, unknown> }[];
  };
}

/** POSTs a GraphQL operation as JSON and returns the HTTP status with the parsed body. */
// Tests read answers loosely by default; pass TData for a typed answer.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function postGraphQL<TData = Record<string, any>>(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<TData>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  try {
    return { status: response.status, headers: response.headers, body: JSON.parse(text) as GraphQLResponse<TData>['body'] };
  } catch {
    throw new Error(`expected a JSON answer from ${url}, got HTTP ${response.status}: ${text.slice(0, 200)}`);
  }
}
