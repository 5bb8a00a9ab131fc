/**
 * Imports every module that declares built-in types' behaviour, methods and
 * module functions, in a fixed order: native ids and slot tables are assigned
 * at import, and must be the same in every worker. Add new modules at the end.
 */
import './int.js';
import './dict.js';
import './str.js';
import './tuple.js';
import "../vm/ops-defaults.js";
import "../vm/builtins-core.js";
import "./function-slots.js";
import './list.js';
import './list-slots.js';
import './list-methods.js';
import './slice.js';
import './iterators.js';
import './set.js';
import './set-methods.js';
import './tuple-slots.js';
import './dict-views.js';
import './dict-methods.js';
import './range.js';
import './list-builtins.js';
import './str-slots.js';
import './str-methods.js';
import './str-convert.js';
import './str-format.js';
import './str-format-value.js';
import './bytes.js';
import './bytearray.js';
import './bytes-codecs.js';
import './float.js';
import './int-slots.js';
import './bool.js';
import './complex.js';
import './int-new.js';
import './int-methods.js';
import './float-methods.js';
import './bytes-slots.js';
import './bytes-methods.js';
import './bytes-new.js';
import './bytes-mutable.js';
import './descriptors-getset.js';
import './descriptors-method.js';
import './descriptors-wrapper.js';
import './descriptors.js';
import './descriptors-super.js';
import './object.js';
import './heap-slots.js';
import './type.js';
import './type-mappingproxy.js';
import './type-builtins.js';
