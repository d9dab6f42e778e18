export default function ContractPage(_props: { id?: string }) {
  return <h1 tabIndex={-1}>Contract</h1>;
}
