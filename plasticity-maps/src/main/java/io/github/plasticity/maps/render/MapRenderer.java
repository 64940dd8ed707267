package io.github.plasticity.maps.render;

import io.github.plasticity.core.internal.Args;
import io.github.plasticity.maps.BodyModel;
import io.github.plasticity.maps.CorticalSheet;
import io.github.plasticity.maps.MotorMap;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Draws a {@link MotorMap} as an image: one square cell per site, coloured by its dominant
 * effector; sites that also respond with a second effector carry two diagonal hatch lines in that
 * effector's colour across two corners (the cell's centre always shows the dominant colour);
 * unresponsive sites are light grey, grid cells outside the mask white. A legend names the
 * effectors, a scale bar gives millimetres, and the axes are labelled (medial to lateral left to
 * right, rostral to caudal top to bottom).
 *
 * <p>The layout is fixed by the cell size and the sheet: {@link #width}, {@link #height} and {@link
 * #cellCentre} tell where things are, so images can be checked pixel by pixel. Drawing is done
 * without antialiasing, so cell colours are exact. Immutable and thread-safe (each call draws its
 * own image); needs no display (headless AWT).
 */
public final class MapRenderer {
    /** Colour of unresponsive sites. */
    public static final Color UNRESPONSIVE = new Color(225, 225, 225);

    /** Colour of grid cells outside the mask and of the background. */
    public static final Color BACKGROUND = Color.WHITE;

    private static final Color[] PALETTE = {
        new Color(31, 119, 180),
        new Color(140, 86, 75),
        new Color(148, 103, 189),
        new Color(227, 119, 194),
        new Color(188, 189, 34),
        new Color(23, 190, 207),
        new Color(44, 160, 44),
        new Color(255, 127, 14),
        new Color(214, 39, 40),
        new Color(230, 200, 0),
        new Color(70, 70, 70)
    };

    private static final int LEFT = 70;
    private static final int TOP = 40;
    private static final int BOTTOM = 70;
    private static final int LEGEND = 150;
    private static final int ROW = 20;

    private final int cellPx;
    private final String title;

    private MapRenderer(int cellPx, String title) {
        this.cellPx = cellPx;
        this.title = title;
    }

    /**
     * A renderer.
     *
     * @param cellPx side of a site's cell (pixels), &gt;= 4
     * @param title title drawn above the map (may be empty)
     * @return the renderer
     */
    public static MapRenderer of(int cellPx, String title) {
        Args.atLeast("cellPx", cellPx, 4);
        return new MapRenderer(cellPx, Args.notNull("title", title));
    }

    /**
     * The colour of an effector: a fixed palette of 11 colours for the first 11 effectors, then
     * evenly spread hues.
     *
     * @param effector effector index, &gt;= 0
     * @return the colour
     */
    public static Color colour(int effector) {
        Args.atLeast("effector", effector, 0);
        if (effector < PALETTE.length) {
            return PALETTE[effector];
        }
        float hue = (float) ((effector * 0.618033988749895) % 1.0);
        return Color.getHSBColor(hue, 0.65f, 0.85f);
    }

    /** Image width for a map on this sheet (pixels). */
    public int width(CorticalSheet sheet) {
        return LEFT + sheet.nx() * cellPx + 20 + LEGEND;
    }

    /** Image height for a map with this sheet and body (pixels). */
    public int height(CorticalSheet sheet, BodyModel body) {
        int grid = TOP + sheet.ny() * cellPx + BOTTOM;
        int legend = TOP + (body.size() + 2) * ROW + 10;
        return Math.max(grid, legend);
    }

    /**
     * The pixel at the centre of a site's cell.
     *
     * @param sheet the sheet
     * @param site the site
     * @return {@code {x, y}} (pixels from the top-left corner)
     */
    public int[] cellCentre(CorticalSheet sheet, int site) {
        return new int[] {
            LEFT + sheet.column(site) * cellPx + cellPx / 2,
            TOP + sheet.row(site) * cellPx + cellPx / 2
        };
    }

    /**
     * Draws a map.
     *
     * @param map the map
     * @return a new RGB image of {@link #width} x {@link #height} pixels
     */
    public BufferedImage render(MotorMap map) {
        Args.notNull("map", map);
        CorticalSheet sheet = map.sheet();
        BodyModel body = map.body();
        int w = width(sheet);
        int h = height(sheet, body);
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
            g.setRenderingHint(
                    RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(BACKGROUND);
            g.fillRect(0, 0, w, h);
            int c = cellPx;
            g.setStroke(new BasicStroke(Math.max(1f, c / 8f)));
            for (int i = 0; i < sheet.siteCount(); i++) {
                int x0 = LEFT + sheet.column(i) * c;
                int y0 = TOP + sheet.row(i) * c;
                int d = map.dominant(i);
                g.setColor(d < 0 ? UNRESPONSIVE : colour(d));
                g.fillRect(x0, y0, c, c);
                int second = map.secondResponse(i);
                if (second >= 0) {
                    g.setColor(colour(second));
                    g.drawLine(x0, y0 + c / 4, x0 + c / 4, y0);
                    g.drawLine(x0 + 3 * c / 4, y0 + c - 1, x0 + c - 1, y0 + 3 * c / 4);
                }
            }
            g.setColor(Color.DARK_GRAY);
            g.setStroke(new BasicStroke(1f));
            g.drawRect(LEFT - 1, TOP - 1, sheet.nx() * c + 1, sheet.ny() * c + 1);
            drawText(g, sheet, body, map);
        } finally {
            g.dispose();
        }
        return img;
    }

    private void drawText(Graphics2D g, CorticalSheet sheet, BodyModel body, MotorMap map) {
        int gridW = sheet.nx() * cellPx;
        int gridH = sheet.ny() * cellPx;
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 14));
        g.setColor(Color.BLACK);
        g.drawString(title, LEFT, TOP - 14);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        g.drawString("medial -> lateral (mm, x = 0 at the medial edge)", LEFT, TOP + gridH + 18);
        Graphics2D r = (Graphics2D) g.create();
        try {
            r.rotate(-Math.PI / 2);
            r.drawString("rostral -> caudal (mm)", -(TOP + gridH), LEFT - 12);
        } finally {
            r.dispose();
        }
        double extentMm = sheet.nx() * sheet.spacingMm();
        double bar = niceLength(extentMm / 4);
        int barPx = (int) Math.round(bar / sheet.spacingMm() * cellPx);
        int by = TOP + gridH + 40;
        g.fillRect(LEFT, by, barPx, 5);
        g.drawString(format(bar) + " mm", LEFT + barPx + 8, by + 7);
        int lx = LEFT + gridW + 20;
        int ly = TOP;
        for (int e = 0; e < body.size(); e++) {
            g.setColor(colour(e));
            g.fillRect(lx, ly + e * ROW, 14, 14);
            g.setColor(Color.BLACK);
            g.drawRect(lx, ly + e * ROW, 14, 14);
            g.drawString(body.effector(e).name(), lx + 20, ly + e * ROW + 12);
        }
        int ey = ly + body.size() * ROW;
        g.setColor(UNRESPONSIVE);
        g.fillRect(lx, ey, 14, 14);
        g.setColor(Color.BLACK);
        g.drawRect(lx, ey, 14, 14);
        g.drawString("no response", lx + 20, ey + 12);
        g.setColor(Color.WHITE);
        g.fillRect(lx, ey + ROW, 14, 14);
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(2f));
        g.drawLine(lx, ey + ROW + 4, lx + 4, ey + ROW);
        g.drawLine(lx + 10, ey + ROW + 14, lx + 14, ey + ROW + 10);
        g.setStroke(new BasicStroke(1f));
        g.drawRect(lx, ey + ROW, 14, 14);
        g.drawString("hatch: 2nd effector", lx + 20, ey + ROW + 12);
    }

    private static double niceLength(double target) {
        double[] steps = {1, 2, 5};
        double best = 0.1;
        for (double scale = 0.01; scale <= 1000; scale *= 10) {
            for (double s : steps) {
                if (s * scale <= target) {
                    best = s * scale;
                }
            }
        }
        return best;
    }

    private static String format(double mm) {
        return mm == Math.rint(mm) ? Long.toString((long) mm) : Double.toString(mm);
    }

    /**
     * Draws a map and writes it as a PNG.
     *
     * @param map the map
     * @param file destination (parent folders are created)
     * @return the file
     * @throws IOException if it cannot be written
     */
    public Path write(MotorMap map, Path file) throws IOException {
        Args.notNull("file", file);
        BufferedImage img = render(map);
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        if (!ImageIO.write(img, "png", file.toFile())) {
            throw new IOException("no PNG writer available");
        }
        return file;
    }
}
