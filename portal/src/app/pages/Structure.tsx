export default function StructurePage(_props: { id?: string }) {
  return <h1 tabIndex={-1}>Structure</h1>;
}
