import type { APIRoute, GetStaticPaths } from 'astro';
import { bundle, modules, type ModuleName } from '../lib/build/bundles';

// /search-ui.js and /read-aloud.js: the on-demand browser modules.
export const getStaticPaths = (() =>
  Object.keys(modules).map((module) => ({ params: { module } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response((await bundle(params['module'] as ModuleName)).code, {
    headers: { 'Content-Type': 'text/javascript; charset=utf-8' },
  });
