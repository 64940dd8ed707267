package io.github.plasticity.experiments;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.markers.SeriesMarkers;

/** PNG figures for experiments (XChart), 800 x 500 pixels, axes labelled with units. */
public final class Figures {
    private Figures() {}

    /** A figure under construction: named series of (x, y) points. */
    public static final class Line {
        private final String title;
        private final String xLabel;
        private final String yLabel;
        private final Map<String, double[][]> series = new LinkedHashMap<>();
        private final Map<String, Boolean> markersOnly = new LinkedHashMap<>();

        private Line(String title, String xLabel, String yLabel) {
            this.title = title;
            this.xLabel = xLabel;
            this.yLabel = yLabel;
        }

        /**
         * Adds a line.
         *
         * @param name legend entry
         * @param x x values
         * @param y y values, same length
         * @return this figure
         */
        public Line series(String name, double[] x, double[] y) {
            if (x.length != y.length) {
                throw new IllegalArgumentException(
                        "series " + name + ": x has " + x.length + " values, y has " + y.length);
            }
            series.put(name, new double[][] {x.clone(), y.clone()});
            markersOnly.put(name, false);
            return this;
        }

        /**
         * Adds points without a line (data with no interpolation).
         *
         * @param name legend entry
         * @param x x values
         * @param y y values, same length
         * @return this figure
         */
        public Line points(String name, double[] x, double[] y) {
            series(name, x, y);
            markersOnly.put(name, true);
            return this;
        }

        /**
         * Writes the PNG.
         *
         * @param file destination ending in {@code .png}
         * @return the file
         * @throws IOException if it cannot be written
         */
        public Path write(Path file) throws IOException {
            XYChart c =
                    new XYChartBuilder()
                            .width(800)
                            .height(500)
                            .title(title)
                            .xAxisTitle(xLabel)
                            .yAxisTitle(yLabel)
                            .build();
            c.getStyler().setChartBackgroundColor(java.awt.Color.WHITE);
            c.getStyler().setMarkerSize(5);
            c.getStyler().setLegendPosition(org.knowm.xchart.style.Styler.LegendPosition.OutsideS);
            c.getStyler().setXAxisDecimalPattern("#,##0.###");
            c.getStyler().setYAxisDecimalPattern("#,##0.####");
            for (Map.Entry<String, double[][]> e : series.entrySet()) {
                XYSeries s = c.addSeries(e.getKey(), e.getValue()[0], e.getValue()[1]);
                if (markersOnly.get(e.getKey())) {
                    s.setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
                } else {
                    s.setMarker(SeriesMarkers.NONE);
                }
            }
            String name = file.getFileName().toString();
            String base = name.endsWith(".png") ? name.substring(0, name.length() - 4) : name;
            BitmapEncoder.saveBitmap(
                    c, file.resolveSibling(base).toString(), BitmapEncoder.BitmapFormat.PNG);
            return file.resolveSibling(base + ".png");
        }
    }

    /**
     * Starts a line figure.
     *
     * @param title title
     * @param xLabel x-axis label with unit, such as {@code "time (ms)"}
     * @param yLabel y-axis label with unit
     * @return the figure
     */
    public static Line line(String title, String xLabel, String yLabel) {
        return new Line(title, xLabel, yLabel);
    }

    /**
     * Writes a bar chart PNG.
     *
     * @param file destination ending in {@code .png}
     * @param title title
     * @param yLabel y-axis label with unit
     * @param categories bar labels
     * @param series named values per category
     * @return the file
     * @throws IOException if it cannot be written
     */
    public static Path bars(
            Path file,
            String title,
            String yLabel,
            String[] categories,
            Map<String, double[]> series)
            throws IOException {
        CategoryChart c =
                new CategoryChartBuilder()
                        .width(800)
                        .height(500)
                        .title(title)
                        .yAxisTitle(yLabel)
                        .build();
        c.getStyler().setChartBackgroundColor(java.awt.Color.WHITE);
        for (Map.Entry<String, double[]> e : series.entrySet()) {
            double[] v = e.getValue();
            if (v.length != categories.length) {
                throw new IllegalArgumentException(
                        "series "
                                + e.getKey()
                                + " has "
                                + v.length
                                + " values for "
                                + categories.length
                                + " categories");
            }
            java.util.List<Double> ys = new java.util.ArrayList<>();
            for (double x : v) {
                ys.add(x);
            }
            c.addSeries(e.getKey(), java.util.Arrays.asList(categories), ys);
        }
        String name = file.getFileName().toString();
        String base = name.endsWith(".png") ? name.substring(0, name.length() - 4) : name;
        BitmapEncoder.saveBitmap(
                c, file.resolveSibling(base).toString(), BitmapEncoder.BitmapFormat.PNG);
        return file.resolveSibling(base + ".png");
    }
}
