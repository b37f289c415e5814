// Search results (/search?q=…): grouped by kind, best first within each; the count is announced
// and focus moves to it when the results arrive, so keyboard and screen reader users land there.
import { Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useRef } from 'react';
import { Link as RouterLink, useSearchParams } from 'react-router';
import { query } from '../api.js';
import { Async, Empty } from '../components/States.js';
import { useI18n } from '../i18n.js';
import { useApi, usePageTitle } from '../useApi.js';
import type { SearchResults } from '../types.js';

export function SearchPage() {
  const { t } = useI18n();
  const [params] = useSearchParams();
  const q = (params.get('q') ?? '').trim();
  usePageTitle(q ? t.searchFor(q) : t.searchTitle);
  const results = useApi<SearchResults>(q ? `/api/search${query({ q })}` : null);
  const summary = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (results.data) summary.current?.focus();
  }, [results.data]);
  return (
    <>
      <Heading level={1} data-size="lg">
        {q ? t.searchFor(q) : t.searchTitle}
      </Heading>
      <Paragraph>{t.searchIntro}</Paragraph>
      {!q ? (
        <Empty>{t.searchEmpty}</Empty>
      ) : (
        <Async loaded={results}>
          {(answer) => (
            <>
              <p ref={summary} tabIndex={-1} role="status" className="search-summary">
                {t.searchResultsCount(answer.total, answer.query)}
              </p>
              {answer.groups.map((group) => (
                <section key={group.kind} aria-labelledby={`search-${group.kind}`}>
                  <Heading level={2} data-size="sm" id={`search-${group.kind}`}>
                    {t.searchKinds[group.kind] ?? group.kind} ({group.items.length})
                  </Heading>
                  <ul className="search-hits">
                    {group.items.map((hit) => (
                      <li key={`${hit.kind}-${hit.id}`}>
                        <Link asChild>
                          <RouterLink to={hit.link}>{hit.title}</RouterLink>
                        </Link>
                        <span className="search-hit-meta">
                          {[hit.centre.name, hit.year, hit.detail]
                            .filter((part) => part !== null && part !== '')
                            .join(' · ')}
                        </span>
                      </li>
                    ))}
                  </ul>
                </section>
              ))}
            </>
          )}
        </Async>
      )}
    </>
  );
}
