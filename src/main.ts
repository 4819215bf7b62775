// First: the Trusted Types policy must exist before Leaflet's module runs its feature test.
import './lib/dom/trusted-types';
import { mount } from 'svelte';
import 'leaflet/dist/leaflet.css';
import './app.css';
import App from './App.svelte';

const target = document.getElementById('app');
if (!target) throw new Error('index.html has no #app element to mount Separation Lines into.');

// `npm run bench` builds the app in its own mode (`vite build --mode bench`), serves generated data
// sets beside it and names one with `?bench=NAME`. The shipped build has no such switch: the
// condition is fixed when Vite builds, and the branch is left out of production code.
let dataBase = './data/';
if (import.meta.env.MODE === 'bench') {
  const bench = new URLSearchParams(location.search).get('bench');
  if (bench && /^[a-z0-9-]+$/.test(bench)) dataBase = `./bench-data/${bench}/`;
}

export default mount(App, { target, props: { dataBase } });
