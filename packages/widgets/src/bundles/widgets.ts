// IIFE entry: every widget element, React included; `RectifyWidgets.defineAll()` is exposed for other registries.
import * as elements from '../elements/index';
import { installBundle } from './install-bundle';

const { WIDGET_ELEMENTS, ...members } = elements;
installBundle({ ...members, WIDGET_ELEMENTS }, WIDGET_ELEMENTS);
