export default function StructuresPage(_props: { id?: string }) {
  return <h1 tabIndex={-1}>Structures</h1>;
}
