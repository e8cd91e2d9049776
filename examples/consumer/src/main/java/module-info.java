/** A library user's module: qi-core resolves on the module path with its own requires. */
module org.example.consumer {
  requires qi.core;

  exports org.example.consumer;
}
