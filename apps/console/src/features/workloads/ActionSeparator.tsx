/** The thin bar between the links of an Action column. */
export function ActionSeparator() {
  return (
    <span aria-hidden style={{ color: 'rgba(0, 0, 0, 0.15)' }}>
      |
    </span>
  );
}
