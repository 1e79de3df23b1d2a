/// <reference types="vite/client" />
// The CDN build's entry (`dist/cdn/tablero.js`, vite --mode cdn): every `define/*` module, so
// one <script type="module"> tag defines every element. Globbed, so a new element is included
// as soon as its define/ file exists.
import.meta.glob('./define/*.ts', { eager: true });
