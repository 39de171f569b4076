import { useEffect } from 'react';
import { useMatches } from 'react-router';
import { routeTitle } from './route-title.utils.ts';

const PRODUCT_TITLE = 'Container Service Console';

/** Names the browser tab after the page, from the `title` in its route's handle. */
export function useDocumentTitle(): void {
  const title = routeTitle(useMatches());
  useEffect(() => {
    document.title = title ? `${title} - ${PRODUCT_TITLE}` : PRODUCT_TITLE;
  }, [title]);
}
