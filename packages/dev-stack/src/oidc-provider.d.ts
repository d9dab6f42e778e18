// oidc-provider 9 ships no type declarations; the few members we use are typed where they are used.
declare module 'oidc-provider' {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const Provider: any;
  export default Provider;
}
