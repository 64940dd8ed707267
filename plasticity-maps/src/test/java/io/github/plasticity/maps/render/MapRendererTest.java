package io.github.plasticity.maps.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.github.plasticity.maps.BodyModel;
import io.github.plasticity.maps.CorticalSheet;
import io.github.plasticity.maps.MotorMap;
import io.github.plasticity.maps.layout.SomatotopicLayout;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MapRendererTest {
    private static final BodyModel BODY = BodyModel.standard();
    private static final CorticalSheet SHEET = CorticalSheet.rectangle(22, 6, 0.5);

    @Test
    void writesAPngWhoseCellsShowTheDominantEffectors(@TempDir Path dir) throws Exception {
        MotorMap s1 = SomatotopicLayout.orderly(SHEET, BODY);
        MapRenderer r = MapRenderer.of(10, "S1");
        Path file = r.write(s1, dir.resolve("s1.png"));
        BufferedImage img = ImageIO.read(file.toFile());
        assertNotNull(img, "PNG readable");
        assertEquals(r.width(SHEET), img.getWidth());
        assertEquals(r.height(SHEET, BODY), img.getHeight());
        assertEquals(70 + 22 * 10 + 20 + 150, img.getWidth());
        for (int i = 0; i < SHEET.siteCount(); i++) {
            int[] c = r.cellCentre(SHEET, i);
            assertEquals(
                    MapRenderer.colour(s1.dominant(i)).getRGB(),
                    img.getRGB(c[0], c[1]),
                    "site " + i);
        }
    }

    @Test
    void overlapIsHatchedAndUnresponsiveSitesAreGrey() {
        double[][] s = new double[SHEET.siteCount()][BODY.size()];
        s[0][2] = 1.0;
        s[0][4] = 0.8;
        s[1][3] = 1.0;
        MotorMap m = MotorMap.absolute(SHEET, BODY, s, 0.5);
        MapRenderer r = MapRenderer.of(16, "");
        BufferedImage img = r.render(m);
        int[] c0 = r.cellCentre(SHEET, 0);
        assertEquals(MapRenderer.colour(2).getRGB(), img.getRGB(c0[0], c0[1]));
        // the hatch line starts at the left edge, a quarter cell below the top
        int x0 = c0[0] - 8;
        int y0 = c0[1] - 8;
        assertEquals(MapRenderer.colour(4).getRGB(), img.getRGB(x0, y0 + 4));
        int[] c2 = r.cellCentre(SHEET, 2);
        assertEquals(MapRenderer.UNRESPONSIVE.getRGB(), img.getRGB(c2[0], c2[1]));
    }
}
