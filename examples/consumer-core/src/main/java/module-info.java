/** A library user's module with qi-core alone: no Apache POI on the module path. */
module org.example.engine {
  requires qi.core;
}
