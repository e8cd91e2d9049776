# Builds qicharts2 0.8.1 reference cases in the layout of shared/reference (input.csv,
# args.json, expected.csv, summary.csv, summary.json) for issue 14: means that equal the median
# only in R's extended precision, zero denominators (n = 0, y = 0) and degenerate parts.
# Run from the repository root (R 4.2.2, qicharts2 0.8.1, TZ=UTC):
#   Rscript qi-core/src/test/r/qicharts2-cases.R qi-core/src/test/resources/reference/qicharts2 [random-count]
# The second argument adds that many random zero-denominator cases (seeded, for local checks).
suppressMessages(library(qicharts2))
Sys.setenv(TZ = "UTC")
args <- commandArgs(trailingOnly = TRUE)
root <- args[1]
random_count <- if (length(args) > 1) as.integer(args[2]) else 0

# numbers to 17 significant digits (round trip), non-finite as NA, no quotes
na_csv <- function(d, file) {
  d <- as.data.frame(d)
  for (col in names(d)) {
    v <- d[[col]]
    if (is.numeric(v)) d[[col]] <- ifelse(is.finite(v), sprintf("%.17g", v), "NA")
    else d[[col]] <- ifelse(is.na(v), "NA", as.character(v))
  }
  write.csv(d, file, row.names = FALSE, quote = FALSE)
}

make_case <- function(name, description, input, qic_args, screenedmr = TRUE) {
  dir <- file.path(root, name)
  dir.create(dir, showWarnings = FALSE, recursive = TRUE)
  write.csv(input, file.path(dir, "input.csv"), row.names = FALSE, na = "NA")
  options(qic.screenedmr = screenedmr)
  warnings <- character()
  call_args <- c(list(x = quote(x), y = quote(y)),
                 if ("n" %in% names(input)) list(n = quote(n)),
                 qic_args, list(data = input, return.data = TRUE))
  s <- summary(do.call(qic, modifyList(call_args, list(return.data = FALSE))))
  q <- withCallingHandlers(do.call(qic, call_args),
                           warning = function(w) {
                             warnings <<- c(warnings, conditionMessage(w))
                             invokeRestart("muffleWarning")
                           })
  if (inherits(q$x, "POSIXct")) q$x <- format(q$x, "%Y-%m-%d")
  na_csv(q, file.path(dir, "expected.csv"))
  na_csv(s, file.path(dir, "summary.csv"))
  json_args <- list(case = name, description = description, package = "qicharts2",
                    call = "qic(x = x, y = y[, n = n], data = input, <qic_args>, return.data = TRUE)",
                    input_columns = names(input),
                    qic_args = if (length(qic_args)) qic_args else setNames(list(), character()),
                    options = list(qic.screenedmr = screenedmr),
                    r_messages = character(), r_warnings = warnings)
  writeLines(jsonlite::toJSON(json_args, auto_unbox = TRUE, pretty = TRUE, digits = NA),
             file.path(dir, "args.json"))
  parts <- s
  parts[] <- lapply(parts, function(v) if (is.logical(v)) as.integer(v) else v)
  writeLines(jsonlite::toJSON(list(case = name, chart = if (is.null(qic_args$chart)) "run" else qic_args$chart,
                                   parts = parts), auto_unbox = TRUE, pretty = TRUE, digits = NA),
             file.path(dir, "summary.json"))
}

# 1. A run chart of monthly means of 20 values of 0, 1 and 2 (one row per reviewed admission):
# several months' means are k/20 and equal the median only as R's mean() rounds them.
set.seed(1401)
months <- seq(as.Date("2021-01-01"), by = "month", length.out = 25)
sums <- c(7, 7, 7, 7, 7, 7, 7, 3, 3, 11, 13, 9, 7, 5, 14, 6, 7, 8, 12, 4, 7, 9, 15, 2, 10)
rows <- do.call(rbind, lapply(seq_along(months), function(i) {
  v <- c(rep(2, sums[i] %/% 2), rep(1, sums[i] %% 2))
  v <- c(v, rep(0, 20 - length(v)))
  data.frame(x = months[i], y = sample(v))
}))
make_case("run_means_equal_median_25months",
          "Run chart of monthly means of 20 values of 0, 1, 2 (sums 7 = 0.35 at the median).",
          rows, list())
sums2 <- c(3, 3, 3, 3, 3, 7, 1, 3, 9, 3, 2, 3, 5, 3, 4, 3, 3, 6, 0, 3, 3)
rows2 <- do.call(rbind, lapply(seq_along(sums2), function(i) {
  v <- c(rep(1, sums2[i]), rep(0, 20 - sums2[i]))
  v[v == 0][seq_len(min(2, 20 - sums2[i]))] <- c(2, 0)[seq_len(min(2, 20 - sums2[i]))] * 0
  data.frame(x = i, y = sample(v))
}))
make_case("run_means_equal_median_3of20_21pts",
          "Run chart of per-x means of 20 values 0/1 (sums 3 = 0.15 at the median).",
          rows2, list())

# 2. Zero denominators: a ward closed (n = 0, y = 0) is a gap.
weeks <- seq(as.Date("2021-01-01"), by = "week", length.out = 24)
zero_input <- function(seed, rate, n_mean, zeros) {
  set.seed(seed)
  n <- rpois(24, n_mean)
  y <- rbinom(24, n, rate)
  n[zeros] <- 0
  y[zeros] <- 0
  data.frame(x = weeks, y = y, n = n)
}
d <- zero_input(1402, 0.2, 60, c(6, 15, 16))
make_case("p_zero_n_gaps_24pts", "P chart, n = 0 and y = 0 in weeks 6, 15 and 16.", d, list(chart = "p"))
make_case("pp_zero_n_gaps_24pts", "P' chart, n = 0 and y = 0 in weeks 6, 15 and 16.", d, list(chart = "pp"))
d <- zero_input(1403, 0.05, 400, c(1, 12, 24))
make_case("u_zero_n_gaps_24pts", "U chart, n = 0 and y = 0 in the first, 12th and last week.", d, list(chart = "u"))
make_case("up_zero_n_gaps_24pts", "U' chart, n = 0 and y = 0 in the first, 12th and last week.", d, list(chart = "up"))
d <- zero_input(1404, 0.3, 50, c(3, 13))
make_case("p_zero_n_parts_freeze_24pts", "P chart in two parts, n = 0 at 3 and at 13, the first of part 2.",
          d, list(chart = "p", part = 12L))
make_case("pp_zero_n_freeze_exclude_24pts", "P' chart frozen at 10, point 5 excluded, n = 0 at 3 and 13.",
          d, list(chart = "pp", freeze = 10L, exclude = 5L))
d <- zero_input(1405, 0.1, 80, 13:24)
make_case("up_zero_n_whole_part_24pts", "U' chart whose second part (13-24) has n = 0 throughout.",
          d, list(chart = "up", part = 12L))

# 3. Degenerate parts.
set.seed(1406)
y <- round(rnorm(24, 10, 2), 2)
make_case("i_single_point_part_24pts", "I chart whose last part is one point.",
          data.frame(x = 1:24, y = y), list(chart = "i", part = 23L))
make_case("mr_single_point_part_24pts", "MR chart whose second part is one point (no moving range).",
          data.frame(x = 1:24, y = y), list(chart = "mr", part = c(12L, 13L)))
y2 <- y
y2[13:18] <- NA
make_case("i_all_missing_part_24pts", "I chart whose second part (13-18) is all missing.",
          data.frame(x = 1:24, y = y2), list(chart = "i", part = c(12L, 18L)))
make_case("run_all_missing_part_24pts", "Run chart whose second part (13-18) is all missing.",
          data.frame(x = 1:24, y = y2), list(part = c(12L, 18L)))

# 4. Random zero-denominator cases (local checks only).
charts <- c("p", "pp", "u", "up")
for (k in seq_len(random_count)) {
  set.seed(14000 + k)
  m <- sample(12:40, 1)
  n <- rpois(m, sample(c(5, 20, 100, 1000), 1))
  y <- rbinom(m, n, runif(1, 0.02, 0.5))
  zeros <- sample(m, sample(1:3, 1))
  n[zeros] <- 0
  y[zeros] <- 0
  qa <- list(chart = sample(charts, 1))
  if (runif(1) < 0.3) qa$part <- sample(4:(m - 4), 1)
  if (runif(1) < 0.2 && is.null(qa$part)) qa$freeze <- sample(6:(m - 2), 1)
  if (runif(1) < 0.2) qa$exclude <- sample(m, 1)
  make_case(sprintf("random_zero_n_%03d", k), "random zero-denominator case",
            data.frame(x = seq_len(m), y = y, n = n), qa, screenedmr = runif(1) < 0.8)
}
