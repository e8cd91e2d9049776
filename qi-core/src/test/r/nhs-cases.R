# Builds NHSRplotthedots 0.2.2 reference cases with missing values (NA) in the layout of
# shared/reference/nhsrplotthedots (input.csv, args.json, expected.csv, icons.csv) for issue 14.
# Series of 20-36 months with shifts, trends, near-limit pairs and outliers, 1-4 values NA,
# random improvement direction, target, rebase, fix_after_n_points, screen_outliers and facets.
# A series on which ptd_spc() stops with an error (a 7-point window whose other steps all rise or
# all fall around an NA: `if (NA)` in ptd_seven_point_trend) is skipped: qi need only agree on
# what NHSRplotthedots accepts.
# Run from the repository root (R 4.2.2, NHSRplotthedots 0.2.2 as in shared/r-reference):
#   Rscript qi-core/src/test/r/nhs-cases.R OUTPUT_DIR COUNT FIRST_SEED
suppressMessages(library(NHSRplotthedots))
Sys.setenv(TZ = "UTC")
args <- commandArgs(trailingOnly = TRUE)
root <- args[1]
count <- as.integer(args[2])
first_seed <- as.integer(args[3])

csv17 <- function(d, file) {
  d <- as.data.frame(d)
  for (col in names(d)) {
    v <- d[[col]]
    if (inherits(v, c("POSIXct", "Date"))) d[[col]] <- format(v, "%Y-%m-%d")
    else if (is.numeric(v)) d[[col]] <- ifelse(is.finite(v), sprintf("%.17g", v), "NA")
    else d[[col]] <- ifelse(is.na(v), "NA", as.character(v))
  }
  write.csv(d, file, row.names = FALSE, quote = FALSE)
}

series <- function(m) {
  y <- rnorm(m, 50, 5)
  if (runif(1) < 0.5) { s <- sample(5:(m - 5), 1); y[s:m] <- y[s:m] + sample(c(-1, 1), 1) * runif(1, 5, 12) }
  if (runif(1) < 0.4) { s <- sample(1:(m - 9), 1); k <- sample(6:9, 1); y[s:(s + k - 1)] <- 40 + sort(runif(k, 0, 20), decreasing = runif(1) < 0.5) }
  if (runif(1) < 0.3) { s <- sample(2:(m - 3), 1); y[s] <- y[s] + sample(c(-1, 1), 1) * runif(1, 10, 20) }
  round(y, sample(0:2, 1))
}

icon <- function(point_type, direction) {
  switch(point_type,
    common_cause = "common_cause",
    special_cause_neutral_high = "neutral_high",
    special_cause_neutral_low = "neutral_low",
    special_cause_concern = paste0("concern_", if (direction == "increase") "low" else "high"),
    special_cause_improvement = paste0("improvement_", if (direction == "increase") "high" else "low"))
}

made <- 0
seed <- first_seed
while (made < count) {
  seed <- seed + 1
  set.seed(seed)
  m <- sample(20:36, 1)
  facets <- if (runif(1) < 0.25) c("A", "B") else NA
  x <- seq(as.Date("2020-01-01"), by = "month", length.out = m)
  input <- do.call(rbind, lapply(facets, function(f) {
    y <- series(m)
    y[sample(m, sample(1:4, 1))] <- NA
    d <- data.frame(x = x, y = y)
    if (!is.na(f)) d$f <- f
    d
  }))
  ptd_args <- list(improvement_direction = sample(c("increase", "decrease", "neutral"), 1))
  if (runif(1) < 0.3) ptd_args$rebase <- format(x[sample(8:(m - 6), 1)])
  if (runif(1) < 0.25) ptd_args$fix_after_n_points <- sample(8:15, 1)
  if (runif(1) < 0.3) ptd_args$target <- round(runif(1, 30, 70))
  if (runif(1) < 0.2) ptd_args$screen_outliers <- FALSE
  call_args <- c(list(.data = input, value_field = "y", date_field = "x"),
                 if (!all(is.na(facets))) list(facet_field = "f"),
                 ptd_args)
  if (!is.null(call_args$rebase)) call_args$rebase <- as.Date(call_args$rebase)
  warnings <- character()
  r <- tryCatch(withCallingHandlers(do.call(ptd_spc, call_args),
                                    warning = function(w) {
                                      warnings <<- c(warnings, conditionMessage(w))
                                      invokeRestart("muffleWarning")
                                    }),
                error = function(e) NULL)
  if (is.null(r)) next
  made <- made + 1
  name <- sprintf("ptd_missing_%03d", made)
  dir <- file.path(root, name)
  dir.create(dir, showWarnings = FALSE, recursive = TRUE)
  csv17(input, file.path(dir, "input.csv"))
  d <- as.data.frame(r)
  csv17(d, file.path(dir, "expected.csv"))
  direction <- ptd_args$improvement_direction
  icons <- do.call(rbind, lapply(split(d, d$f), function(g) {
    last <- g[g$x == max(g$x), ]
    assurance <- if (is.null(ptd_args$target) || direction == "neutral") NA
      else if (ptd_args$target > last$upl) (if (direction == "increase") "consistent_fail" else "consistent_pass")
      else if (ptd_args$target < last$lpl) (if (direction == "increase") "consistent_pass" else "consistent_fail")
      else "inconsistent"
    data.frame(f = last$f, last_x = format(last$x, "%Y-%m-%d"), last_point_type = last$point_type,
               variation_icon = icon(last$point_type, direction), assurance_type = assurance,
               assurance_icon = if (is.na(assurance)) NA else c(consistent_fail = "fail", consistent_pass = "pass", inconsistent = "inconsistent")[[assurance]])
  }))
  csv17(icons, file.path(dir, "icons.csv"))
  writeLines(jsonlite::toJSON(list(
    case = name, description = sprintf("random series with NA values (seed %d)", seed),
    package = "NHSRplotthedots",
    call = "ptd_spc(input, value_field = \"y\", date_field = \"x\", <ptd_args>)",
    input_columns = names(input), ptd_args = ptd_args,
    r_messages = character(), r_warnings = warnings), auto_unbox = TRUE, pretty = TRUE, digits = NA),
    file.path(dir, "args.json"))
}
