import { imageBadge } from './images.utils.ts';

/** The Image column: a badge with the image's initials (no logos are fetched from elsewhere). */
export function ImageAvatar({ name, size = 32 }: { name: string; size?: number }) {
  const { initials, colour } = imageBadge(name);
  return (
    <span
      aria-hidden
      style={{
        display: 'inline-flex',
        alignItems: 'center',
        justifyContent: 'center',
        width: size,
        height: size,
        borderRadius: 6,
        background: colour,
        color: '#fff',
        fontSize: size * 0.4,
        fontWeight: 600,
        flex: 'none',
      }}
    >
      {initials}
    </span>
  );
}
