// Breachline offline worker. Generated at build time: the placeholders are filled in from dist/ and the base path.
const VERSION = __VERSION__;
const PRECACHE = __PRECACHE__;
// The prefix names the base path, so a copy of the site under another path of this origin keeps its own cache.
const CACHE_PREFIX = __CACHE_PREFIX__;
const REPLACED_PREFIXES = __REPLACED_PREFIXES__;
const OFFLINE_PAGE = __OFFLINE_PAGE__;
const CACHE = `${CACHE_PREFIX}${VERSION}`;
// Hosts with CORS send `Vary: Origin`; the cached copy was fetched without an Origin header, so a strict match
// would miss it for module scripts and workers (which send one). The cache holds one copy of each URL: ignore Vary.
const MATCH = { ignoreSearch: true, ignoreVary: true };
// This copy's own cache only: another copy of the site on this origin keeps its pages in its own.
const cached = (request) => caches.open(CACHE).then((cache) => cache.match(request, MATCH));

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => cache.addAll(PRECACHE))
      .then(() => self.skipWaiting()),
  );
});

// A new deploy has a new VERSION: drop every older cache so readers never mix two versions of the site.
self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k !== CACHE && REPLACED_PREFIXES.some((prefix) => k.startsWith(prefix))).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    // Pages: the network when there is one (fresh content), the cache when it is gone.
    event.respondWith(
      fetch(request).catch(() =>
        cached(request)
          .then((hit) => hit || cached(OFFLINE_PAGE))
          .then((hit) => hit || new Response('Offline, and this page was not saved.', { status: 503 })),
      ),
    );
    return;
  }
  event.respondWith(cached(request).then((hit) => hit || fetch(request)));
});
