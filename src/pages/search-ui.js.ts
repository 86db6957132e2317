import type { APIRoute } from 'astro';
import { searchBundle } from '../lib/search/bundle';

export const GET: APIRoute = async () =>
  new Response((await searchBundle()).code, { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
