// Creates a letter (POST /api/letters) and goes to it; the error stays for the form to show.
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { api, asApiError } from './api.js';
import type { ApiError } from './api.js';
import type { Letter } from './types.js';

export function useCreateLetter() {
  const navigate = useNavigate();
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const create = (body: Record<string, unknown>) => {
    setError(null);
    setBusy(true);
    api<Letter>('/api/letters', { method: 'POST', body })
      .then((letter) => navigate(`/letters/${letter.id}`))
      .catch((e: unknown) => {
        setError(asApiError(e));
        setBusy(false);
      });
  };
  return { create, error, busy };
}
