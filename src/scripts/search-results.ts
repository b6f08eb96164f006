/**
 * The search page: runs the reader's query against the Pagefind index and lists the results. Pagefind's code is
 * loaded here, on the page a reader reaches by searching, and nowhere else.
 */
import { allowPagefindWorker, excerptHtml } from '../security/trusted-types.ts';
import { href } from '../utils/site-path.ts';

interface PagefindResult {
  data(): Promise<{ url: string; excerpt: string; meta: { title?: string } }>;
}
interface Pagefind {
  search(query: string): Promise<{ results: PagefindResult[] }>;
}

const PAGEFIND_URL = href('/pagefind/pagefind.js');

async function run(): Promise<void> {
  const form = document.querySelector<HTMLFormElement>('#search-page-form');
  const input = document.querySelector<HTMLInputElement>('#search-query');
  const status = document.querySelector<HTMLElement>('#search-status');
  const list = document.querySelector<HTMLOListElement>('#search-results');
  if (!form || !input || !status || !list) return;

  const query = new URLSearchParams(location.search).get('q')?.trim() ?? '';
  input.value = query;
  if (!query) {
    status.textContent = 'Type a word or phrase, for example "four-factor" or "ransomware".';
    return;
  }
  status.textContent = 'Searching…';
  try {
    allowPagefindWorker();
    const pagefind = (await import(/* @vite-ignore */ PAGEFIND_URL)) as Pagefind;
    const search = await pagefind.search(query);
    const results = await Promise.all(search.results.slice(0, 20).map((r) => r.data()));
    list.replaceChildren(
      ...results.map((result) => {
        const item = document.createElement('li');
        const link = document.createElement('a');
        link.href = result.url;
        link.textContent = result.meta.title ?? result.url;
        const excerpt = document.createElement('p');
        excerpt.innerHTML = excerptHtml(result.excerpt);
        item.append(link, excerpt);
        return item;
      }),
    );
    status.textContent =
      results.length === 0
        ? `No pages match "${query}". Try fewer or different words.`
        : `${results.length} ${results.length === 1 ? 'page matches' : 'pages match'} "${query}".`;
  } catch {
    status.textContent = 'Search is not available right now. The guide index lists every page.';
  }
}

void run();
