import { BarController, BarElement, CategoryScale, Chart as ChartJS, Legend, LinearScale, Tooltip } from 'chart.js';
import { Bar } from 'react-chartjs-2';
import { formatHours, formatMonth } from '../format';

// Only what the bar charts use: chart.js is tree-shaken to these pieces, loaded with the private pages only.
ChartJS.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend);
ChartJS.defaults.font.family = "'Atkinson Hyperlegible', system-ui, sans-serif";
ChartJS.defaults.color = '#1d1d1b';

export interface Point {
  label: string;
  value: number;
}

/**
 * A bar chart with its data also given as a table (in a disclosure), so that screen reader and keyboard users
 * get the same numbers: the canvas itself is an image with a summary.
 */
export function HoursChart({ title, points, horizontal = false, id }: { title: string; points: Point[]; horizontal?: boolean; id: string }) {
  if (points.length === 0) return <p className="muted">Aucune heure déclarée pour l’instant.</p>;
  const total = points.reduce((sum, point) => sum + point.value, 0);
  return (
    <figure className="panel" aria-labelledby={`${id}-titre`}>
      <figcaption id={`${id}-titre`}>
        <strong>{title}</strong>
      </figcaption>
      <div className="chart">
        <Bar
          role="img"
          aria-label={`${title} : ${points.length} valeurs, ${formatHours(total)} au total. Le détail est dans le tableau qui suit.`}
          data={{
            labels: points.map((point) => point.label),
            datasets: [{ label: 'Heures', data: points.map((point) => point.value), backgroundColor: '#1f5d50', borderRadius: 3 }],
          }}
          options={{
            indexAxis: horizontal ? 'y' : 'x',
            locale: 'fr-FR',
            maintainAspectRatio: false,
            animation: false,
            plugins: { legend: { display: false }, tooltip: { callbacks: { label: (item) => formatHours(item.parsed[horizontal ? 'x' : 'y']) } } },
            scales: { [horizontal ? 'x' : 'y']: { beginAtZero: true, grid: { color: '#d9d6cd' } } },
          }}
        />
      </div>
      <details>
        <summary>Voir les données du graphique</summary>
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">{title}</caption>
            <thead>
              <tr>
                <th scope="col">{horizontal ? 'Modalité' : 'Mois'}</th>
                <th scope="col" className="number">
                  Heures
                </th>
              </tr>
            </thead>
            <tbody>
              {points.map((point) => (
                <tr key={point.label}>
                  <th scope="row">{point.label}</th>
                  <td className="number">{formatHours(point.value)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}

export const monthPoints = (months: { month: string; hours?: string | null; suppressed: boolean }[]): Point[] =>
  months
    .filter((month) => !month.suppressed)
    .sort((a, b) => a.month.localeCompare(b.month))
    .map((month) => ({ label: formatMonth(month.month), value: Number(month.hours ?? 0) }));
