import { Link, useLocation } from "react-router";

/** The URL parameter that carries a list's cursor ("na" = after this row). */
export const PAGE_PARAM = "na";

/** The cursor of the page asked for in the URL (undefined: the first page); anything else is ignored. */
export function cursorFrom(request: Request, param = PAGE_PARAM): string | undefined {
  const value = new URL(request.url).searchParams.get(param);
  return value && /^[A-Za-z0-9_-]{1,1000}$/.test(value) ? value : undefined;
}

/**
 * "Volgende" and "Eerste pagina" under a list: plain links that carry the cursor in the URL, so
 * paging works without JavaScript and a page can be bookmarked; the other filters stay.
 */
export function Pager({ nextCursor, param = PAGE_PARAM }: { nextCursor: string | null; param?: string }) {
  const location = useLocation();
  const onLaterPage = new URLSearchParams(location.search).has(param);
  const to = (cursor: string | null) => {
    const params = new URLSearchParams(location.search);
    if (cursor) params.set(param, cursor);
    else params.delete(param);
    const query = params.toString();
    return `${location.pathname}${query ? `?${query}` : ""}`;
  };
  if (!nextCursor && !onLaterPage) return null;
  return (
    <nav aria-label="Pagina's" className="jr-pager">
      {onLaterPage && (
        <Link className="utrecht-link" to={to(null)} data-testid="first-page">
          Eerste pagina
        </Link>
      )}{" "}
      {nextCursor && (
        <Link className="utrecht-link" rel="next" to={to(nextCursor)} data-testid="next-page">
          Volgende
        </Link>
      )}
    </nav>
  );
}
