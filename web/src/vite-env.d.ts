/// <reference types="vite/client" />
// Vite's types for the page: `?raw` and `?worker&inline` imports, import.meta.glob.
