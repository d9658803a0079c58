package cn.liantu.importer.adapters;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProductNamesTest {

    @Test
    void removesControlCharactersAndSpacesNextToChinese() {
        assertThat(ProductNames.clean("光纤复合\n架空地线\n")).isEqualTo("光纤复合架空地线");
        assertThat(ProductNames.clean("上装类\u007f")).isEqualTo("上装类");
        assertThat(ProductNames.clean("小\bd大肠")).isEqualTo("小d大肠");
        assertThat(ProductNames.clean(" 航空电子设备")).isEqualTo("航空电子设备");
        assertThat(ProductNames.clean("LED 显示屏")).isEqualTo("LED显示屏");
        assertThat(ProductNames.clean("绿化工 程施工")).isEqualTo("绿化工程施工");
    }

    @Test
    void keepsSpacesBetweenLatinWords() {
        assertThat(ProductNames.clean("Smart  Card")).isEqualTo("Smart Card");
        assertThat(ProductNames.clean("\t")).isEmpty();
    }

    @Test
    void showsControlCharactersInMessages() {
        assertThat(ProductNames.visible("a\nb")).isEqualTo("a\\u000ab");
    }
}
