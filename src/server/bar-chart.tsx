/**
 * One horizontal bar with its 95% interval as a whisker, drawn on the server as SVG so it
 * needs no JavaScript. The numbers are also in the table beside it, so the picture is
 * decoration for screen readers (aria-hidden).
 */
export function Bar(props: { percent: number | null; ci95: [number, number] | null }) {
  const width = 200;
  const x = (p: number) => (Math.max(0, Math.min(100, p)) / 100) * width;
  return (
    <svg
      class="bar"
      viewBox={`0 0 ${width} 14`}
      preserveAspectRatio="none"
      aria-hidden="true"
      focusable="false"
    >
      <rect class="track" x="0" y="2" width={width} height="10" />
      {props.percent !== null && (
        <rect class="fill" x="0" y="2" width={x(props.percent)} height="10" />
      )}
      {props.ci95 && (
        <>
          <line class="ci" x1={x(props.ci95[0])} x2={x(props.ci95[1])} y1="7" y2="7" />
          <line class="ci" x1={x(props.ci95[0])} x2={x(props.ci95[0])} y1="3" y2="11" />
          <line class="ci" x1={x(props.ci95[1])} x2={x(props.ci95[1])} y1="3" y2="11" />
        </>
      )}
    </svg>
  );
}
