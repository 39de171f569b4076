import { Outlet } from 'react-router';
import { useDocumentTitle } from './use-document-title.ts';

/** The root route: every page below it names the browser tab. */
export function ConsoleRoot() {
  useDocumentTitle();
  return <Outlet />;
}
