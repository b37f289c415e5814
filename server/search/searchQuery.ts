// What a typed search becomes in SQL. InnoDB FULLTEXT indexes words of 3 characters or more
// (innodb_ft_min_token_size) and drops its stopwords, so each word of that length that is no
// stopword becomes a required prefix term (+word*) in BOOLEAN MODE; a query with none such (a
// short code, "ØS") is matched with LIKE on names, codes and titles instead. Words are letters and
// digits in any script, so æøå stay part of a word and no boolean operator gets through.
const MIN_TOKEN = 3;
// InnoDB's default stopword list (INFORMATION_SCHEMA.INNODB_FT_DEFAULT_STOPWORD).
const stopwords = new Set(
  'a about an are as at be by com de en for from how i in is it la of on or that the this to was what when where who will with und www'.split(
    ' ',
  ),
);

export type SearchQuery =
  { mode: 'fulltext'; against: string; words: string[] } | { mode: 'like'; pattern: string; words: string[] };

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

export function searchQuery(typed: string): SearchQuery {
  const words = (
    typed
      .normalize('NFC')
      .toLocaleLowerCase('nb')
      .match(/[\p{L}\p{N}]+/gu) ?? []
  ).filter(Boolean);
  const indexed = words.filter((word) => word.length >= MIN_TOKEN && !stopwords.has(word));
  if (indexed.length) return { mode: 'fulltext', against: indexed.map((word) => `+${word}*`).join(' '), words };
  return { mode: 'like', pattern: `%${escapeLike(typed.normalize('NFC').trim())}%`, words };
}
