export default function DashboardPage(_props: { id?: string }) {
  return <h1 tabIndex={-1}>Dashboard</h1>;
}
