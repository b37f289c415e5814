// The one way the client talks to the API: same-origin fetch with the session cookie, JSON in and
// out, and problem+json errors turned into ApiError with the fields the server named.
export interface FieldProblem {
  /** Where the problem is (e.g. "body.dueDate"): for matching a form field, never for showing. */
  field: string;
  message: string;
  /** For an uploaded spreadsheet: the row and column the problem is in. */
  row?: number;
  column?: string;
  /** The field's name as its form calls it, in the language asked for. */
  label?: string;
}

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail: string | undefined,
    readonly errors: FieldProblem[] = [],
    /** The problem's stable id, the last part of its type URI (e.g. "override-required"). */
    readonly problem?: string,
  ) {
    super(detail ?? title);
  }
}

/** The language the server answers messages in (Accept-Language); the language switch sets it. */
let answerLanguage = 'nb';
export function setAnswerLanguage(language: 'nb' | 'en') {
  answerLanguage = language;
}

/** Fired when the server says the session is gone, so the app can show the login page. */
export const SESSION_EXPIRED = 'styringsdialog:session-expired';

/** JSON in and out; a FormData body goes as multipart/form-data (the browser sets the boundary). */
export async function api<T>(
  path: string,
  options: { method?: string; body?: unknown; signal?: AbortSignal } = {},
): Promise<T> {
  let response: Response;
  const isForm = options.body instanceof FormData;
  try {
    response = await fetch(path, {
      method: options.method ?? 'GET',
      signal: options.signal,
      credentials: 'same-origin',
      headers: {
        accept: 'application/json',
        'accept-language': answerLanguage,
        ...(options.body !== undefined && !isForm ? { 'content-type': 'application/json' } : {}),
      },
      body: options.body === undefined ? undefined : isForm ? (options.body as FormData) : JSON.stringify(options.body),
    });
  } catch {
    throw new ApiError(0, 'network', undefined);
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  let body: unknown = undefined;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = undefined;
  }
  if (!response.ok) {
    const problem = (body ?? {}) as { type?: string; title?: string; detail?: string; errors?: FieldProblem[] };
    if (response.status === 401 && path !== '/api/auth/login' && path !== '/api/me')
      window.dispatchEvent(new Event(SESSION_EXPIRED));
    throw new ApiError(
      response.status,
      problem.title ?? response.statusText,
      problem.detail,
      problem.errors ?? [],
      problem.type?.split('/').pop(),
    );
  }
  return body as T;
}

/** Builds a query string, leaving out empty values. */
export function query(params: Record<string, string | number | undefined | null>): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params))
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  const text = search.toString();
  return text ? `?${text}` : '';
}

export const asApiError = (error: unknown) =>
  error instanceof ApiError ? error : new ApiError(0, 'network', undefined);

/** The message the server gave for one field (e.g. "body.bankAccount"), if any. */
export const fieldMessage = (error: ApiError | null | undefined, field: string) =>
  error?.errors.find((problem) => problem.field === field)?.message;
