// Previous/next through a paginated list ({ items, page, pageSize, total }); the page number is
// announced as it changes.
import { Button } from '@digdir/designsystemet-react';
import { useI18n } from '../i18n.js';

export function Pager({
  page,
  pageSize,
  total,
  onPage,
}: {
  page: number;
  pageSize: number;
  total: number;
  onPage: (page: number) => void;
}) {
  const { t } = useI18n();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  return (
    <nav className="pager" aria-label={t.pageOf(page, pages)}>
      <Button variant="secondary" data-size="sm" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        {t.previous}
      </Button>
      <span aria-live="polite">{t.pageOf(page, pages)}</span>
      <Button variant="secondary" data-size="sm" disabled={page >= pages} onClick={() => onPage(page + 1)}>
        {t.next}
      </Button>
    </nav>
  );
}

/**
 * The pager of a list from usePagedApi; nothing when the list fits on one page. It shows (and
 * announces) the page on screen, so while the next page loads it still says the one shown.
 */
export function ListPager({
  paged,
}: {
  paged: {
    page: number;
    pageSize: number;
    data?: { total: number; page: number } | undefined;
    setPage: (page: number) => void;
  };
}) {
  const total = paged.data?.total ?? 0;
  const shown = paged.data?.page ?? paged.page;
  if (total <= paged.pageSize && shown <= 1) return null;
  return <Pager page={shown} pageSize={paged.pageSize} total={total} onPage={paged.setPage} />;
}
