// Breachline offline worker. Generated at build time: VERSION and PRECACHE are filled in from dist/.
const VERSION = __VERSION__;
const PRECACHE = __PRECACHE__;
const CACHE = `breachline-${VERSION}`;
// Hosts with CORS send `Vary: Origin`; the cached copy was fetched without an Origin header, so a strict match
// would miss it for module scripts and workers (which send one). The cache holds one copy of each URL: ignore Vary.
const MATCH = { ignoreSearch: true, ignoreVary: true };

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
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('breachline-') && k !== CACHE).map((k) => caches.delete(k))))
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
        caches
          .match(request, MATCH)
          .then((hit) => hit || caches.match('/offline/', MATCH))
          .then((hit) => hit || new Response('Offline, and this page was not saved.', { status: 503 })),
      ),
    );
    return;
  }
  event.respondWith(caches.match(request, MATCH).then((hit) => hit || fetch(request)));
});
