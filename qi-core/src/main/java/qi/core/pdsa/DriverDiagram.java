package qi.core.pdsa;

import java.util.ArrayList;
import java.util.List;
import qi.core.internal.Checks;

/**
 * The team's theory of change: primary drivers (what must change to reach the aim), each with
 * secondary drivers (where to act), each with the change ideas to test.
 *
 * @param primaryDrivers the primary drivers in order; names unique
 */
public record DriverDiagram(List<PrimaryDriver> primaryDrivers) {
  public DriverDiagram {
    primaryDrivers = List.copyOf(Checks.notNull("primary drivers", primaryDrivers));
    Names.unique("primary driver", primaryDrivers.stream().map(PrimaryDriver::name).toList());
  }

  /** An empty diagram. */
  public static DriverDiagram empty() {
    return new DriverDiagram(List.of());
  }

  /**
   * This diagram with {@code primary} (created if new), under it {@code secondary} (created if new;
   * null for none) and under that {@code changeIdea} (added if new; null for none).
   */
  public DriverDiagram with(String primary, String secondary, String changeIdea) {
    String p = Checks.notBlank("primary driver", primary);
    String s = Checks.optionalText(secondary);
    String c = Checks.optionalText(changeIdea);
    if (s == null && c != null) {
      throw new IllegalArgumentException(
          "change idea (" + c + ") needs a secondary driver to sit under");
    }
    List<PrimaryDriver> drivers = new ArrayList<>(primaryDrivers);
    int i = indexOf(drivers.stream().map(PrimaryDriver::name).toList(), p);
    PrimaryDriver driver = i < 0 ? new PrimaryDriver(p, List.of()) : drivers.get(i);
    if (s != null) {
      List<SecondaryDriver> secondaries = new ArrayList<>(driver.secondaryDrivers());
      int j = indexOf(secondaries.stream().map(SecondaryDriver::name).toList(), s);
      SecondaryDriver sd = j < 0 ? new SecondaryDriver(s, List.of()) : secondaries.get(j);
      if (c != null && !sd.changeIdeas().contains(c)) {
        List<String> ideas = new ArrayList<>(sd.changeIdeas());
        ideas.add(c);
        sd = new SecondaryDriver(s, ideas);
      }
      if (j < 0) {
        secondaries.add(sd);
      } else {
        secondaries.set(j, sd);
      }
      driver = new PrimaryDriver(p, secondaries);
    }
    if (i < 0) {
      drivers.add(driver);
    } else {
      drivers.set(i, driver);
    }
    return new DriverDiagram(drivers);
  }

  /** Every change idea of the diagram, in order. */
  public List<String> changeIdeas() {
    return primaryDrivers.stream()
        .flatMap(p -> p.secondaryDrivers().stream())
        .flatMap(s -> s.changeIdeas().stream())
        .toList();
  }

  private static int indexOf(List<String> names, String name) {
    return names.indexOf(name);
  }

  /**
   * A primary driver and its secondary drivers.
   *
   * @param name the driver (not blank)
   * @param secondaryDrivers its secondary drivers in order; names unique
   */
  public record PrimaryDriver(String name, List<SecondaryDriver> secondaryDrivers) {
    public PrimaryDriver {
      name = Checks.notBlank("primary driver", name);
      secondaryDrivers = List.copyOf(Checks.notNull("secondary drivers", secondaryDrivers));
      Names.unique(
          "secondary driver", secondaryDrivers.stream().map(SecondaryDriver::name).toList());
    }
  }

  /**
   * A secondary driver and the change ideas to test on it.
   *
   * @param name the driver (not blank)
   * @param changeIdeas the change ideas in order
   */
  public record SecondaryDriver(String name, List<String> changeIdeas) {
    public SecondaryDriver {
      name = Checks.notBlank("secondary driver", name);
      changeIdeas =
          Checks.notNull("change ideas", changeIdeas).stream()
              .map(c -> Checks.notBlank("change idea", c))
              .toList();
    }
  }
}
