package fr.complaintregister.process;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.variable.serializer.PrimitiveValueSerializer;
import org.camunda.bpm.engine.impl.variable.serializer.TypedValueSerializer;
import org.camunda.bpm.engine.impl.variable.serializer.ValueFields;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.variable.impl.value.UntypedValueImpl;
import org.camunda.bpm.engine.variable.type.ValueType;
import org.camunda.bpm.engine.variable.value.StringValue;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.springframework.stereotype.Component;

/**
 * The engine stores a String variable in a 4,000-character column, while the forms allow longer
 * texts (a 10,000-character answer). A longer text is stored as bytes instead, with no limit; it
 * is still a String for the forms, the REST API and Cockpit.
 */
@Component
class LongTextVariables extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<TypedValueSerializer> serializers = new ArrayList<>();
    if (configuration.getCustomPreVariableSerializers() != null) {
      serializers.addAll(configuration.getCustomPreVariableSerializers());
    }
    serializers.add(new LongTextSerializer());
    configuration.setCustomPreVariableSerializers(serializers);
  }

  static class LongTextSerializer extends PrimitiveValueSerializer<StringValue> {

    /** The engine's text column, {@code TEXT_ varchar(4000)} on every database. */
    static final int TEXT_COLUMN_LENGTH = 4000;

    LongTextSerializer() {
      super(ValueType.STRING);
    }

    /** Stored as the serializer's name: variables written before keep the engine's own. */
    @Override
    public String getName() {
      return "longText";
    }

    @Override
    protected boolean canWriteValue(TypedValue value) {
      return value.getValue() instanceof String text && text.length() > TEXT_COLUMN_LENGTH;
    }

    @Override
    public StringValue convertToTypedValue(UntypedValueImpl untypedValue) {
      return Variables.stringValue((String) untypedValue.getValue(), untypedValue.isTransient());
    }

    @Override
    public void writeValue(StringValue value, ValueFields fields) {
      fields.setTextValue(null);
      fields.setByteArrayValue(value.getValue().getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public StringValue readValue(ValueFields fields, boolean asTransientValue) {
      return Variables.stringValue(new String(fields.getByteArrayValue(), StandardCharsets.UTF_8), asTransientValue);
    }
  }
}
